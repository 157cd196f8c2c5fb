package org.openace.filing.upload;

import java.util.Optional;

import org.openace.account.DataRef;
import org.openace.account.DataResolver;
import org.openace.account.DataTarget;
import org.openace.account.IdentifierHolders;
import org.openace.account.IdentifierKind;
import org.openace.account.TradeIdentifier;
import org.springframework.stereotype.Component;

/**
 * Kind {@code "entry-upload"}: an upload is the data of the filer sub-account it was sent under, narrowed by its
 * filer code (a right limited to another filer code of the sub-account does not reach it).
 */
@Component
class UploadJobResolver implements DataResolver {

    static final String KIND = "entry-upload";

    private final UploadJobs jobs;
    private final IdentifierHolders holders;

    UploadJobResolver(UploadJobs jobs, IdentifierHolders holders) {
        this.jobs = jobs;
        this.holders = holders;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Optional<DataTarget> resolve(String id) {
        return UploadIds.parse(id).flatMap(jobs::find).map(job -> {
            var filer = TradeIdentifier.parse(IdentifierKind.FILER_CODE, job.filerCode()).flatMap(holders::holderOf)
                    .filter(holder -> holder.subAccount().equals(job.filerSubAccount()));
            return DataTarget.anyOf(new DataRef(job.filerSubAccount(), null,
                    filer.map(IdentifierHolders.Holder::identifierId).orElse(null), null));
        });
    }
}
