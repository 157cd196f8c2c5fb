-- The document store (issue 11, R1 and R4): one row per upload of a document, whose content is a file in the folder
-- every node shares (openace.documents.directory), named by its SHA-256: sha256/<2 hex>/<2 hex>/<64 hex>. Uploads
-- of the same content are rows of their own over one file. See docs/adr/016-document-store.md.
create table document (
    id          uuid         primary key,
    sha256      char(64)     not null,  -- lower-case hex digest of the content; names its file
    size        bigint       not null,  -- bytes (openace.documents.max-size caps it; 256MB is the most it may be set to)
    type        varchar(10)  not null,  -- read from the content's first bytes (DocumentType), never from its name
    file_name   varchar(255) not null,  -- the user's name for it, cleaned of path parts and control characters
    uploaded_by varchar(100) not null,  -- the uploader's user ID, or system
    uploaded_at timestamptz  not null,
    constraint document_sha256_ck check (sha256 ~ '^[0-9a-f]{64}$'),
    constraint document_size_ck check (size between 1 and 268435456),
    constraint document_type_ck check (type in ('PDF', 'PNG', 'JPEG', 'GIF', 'TIFF')),
    constraint document_file_name_ck check (length(file_name) between 1 and 255 and file_name !~ '[/\\[:cntrl:]]'),
    constraint document_uploaded_by_ck check (length(uploaded_by) between 1 and 100)
);
-- whether a content file is held by a row: deleting it after a rollback, and the sweeper's orphans
create index document_sha256 on document (sha256);
