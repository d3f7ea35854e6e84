ALTER TABLE identity_verification_tokens
RENAME TO _identity_verification_tokens_old;

CREATE TABLE "identity_verification_tokens" (
"id" TEXT PRIMARY KEY,
"token" TEXT NOT NULL,
"identity_verifiable_address_id" char(36),
"expires_at" DATETIME NOT NULL
);

INSERT INTO identity_verification_tokens
SELECT * FROM _identity_verification_tokens_old;

DROP TABLE _identity_verification_tokens_old;
