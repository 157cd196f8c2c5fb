insert into terms_version (version, title, body, published_at, published_by) values (1,
'OpenACE Terms and Conditions',
'These Terms and Conditions govern your use of this secure trade data portal ("the portal"). You accept them when you first sign in, and again whenever a new version is published.

1. Who may use the portal. Only people given a user ID by an account owner or by the customs authority may use the portal, and only for the business of the account or agency that gave it. You may not share your user ID, your password, your authenticator app, your passkeys or your recovery codes with anyone.

2. Your sign-in. You keep a current e-mail address in your profile; the portal uses it for sign-in codes and for security notices. You tell your account owner or the support center at once if you think someone else knows your password or holds one of your second factors.

3. Monitoring. The portal is a government information system. Everything you do in it may be recorded and reviewed; there is no expectation of privacy. Unauthorized use, or use beyond your authority, may be a crime under 18 U.S.C. 1030.

4. Data you see. Trade data in the portal is confidential business information of the companies it concerns. You use it only for the purposes of your account, keep it secure, and do not disclose it except as the law allows.

5. Data you give. What you file, upload or type must be true and complete to the best of your knowledge. Uploads must not contain malicious software.

6. Availability. The portal may be unavailable for maintenance, announced in advance by a notice on the sign-in page where possible. Legal deadlines are not extended by the portal being unavailable unless the customs authority says so.

7. Ending access. Your access ends when your account owner or the customs authority removes it, and it is disabled if you do not sign in for 45 days; an account owner or administrator can reactivate it.

8. Changes. The customs authority may change these terms by publishing a new version; you are asked to accept it at your next sign-in.',
'2026-01-01T00:00:00Z', 'system');
