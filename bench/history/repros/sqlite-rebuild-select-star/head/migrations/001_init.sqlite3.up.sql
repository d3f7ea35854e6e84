CREATE TABLE "identity_verification_tokens" (
"id" TEXT PRIMARY KEY,
"token" TEXT NOT NULL,
"identity_verifiable_address_id" char(36) NOT NULL,
"expires_at" DATETIME NOT NULL
);
