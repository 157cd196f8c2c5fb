package org.openace.site;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who runs this portal and how users reach help.
 *
 * @param operatorName           the organization named in the system use notification and the footer
 * @param governmentBanner       show the "official website of the United States government" banner
 * @param tradeSupportPhone      help line for trade and partner agency users
 * @param governmentSupportPhone help line for customs personnel
 * @param supportEmail           help by e-mail
 * @param supportHours           when help is available
 */
@ConfigurationProperties("openace.site")
public record SiteProperties(
        @DefaultValue("the U.S. Government") String operatorName,
        @DefaultValue("true") boolean governmentBanner,
        @DefaultValue("1-800-555-0100") String tradeSupportPhone,
        @DefaultValue("1-800-555-0199") String governmentSupportPhone,
        @DefaultValue("support@openace.invalid") String supportEmail,
        @DefaultValue("Monday to Friday, 8 a.m. to 8 p.m. Eastern time") String supportHours) {
}
