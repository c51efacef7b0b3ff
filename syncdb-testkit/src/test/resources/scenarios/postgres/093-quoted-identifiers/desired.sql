CREATE TYPE "Mood" AS ENUM ('very happy', 'it''s fine', 'Sad');

CREATE TABLE "Customer" (
    "Id" integer PRIMARY KEY,
    "select" text NOT NULL DEFAULT 'it''s "quoted"',
    "createdAt" timestamptz,
    "mood" "Mood",
    "user" integer,
    CONSTRAINT "Customer select not empty" CHECK ("select" <> '')
);

CREATE TABLE "order" (
    "id" integer PRIMARY KEY,
    "Customer Id" integer REFERENCES "Customer" ("Id")
);

CREATE INDEX "Customer_CreatedAt_Idx" ON "Customer" ("createdAt" DESC);

CREATE VIEW "Customer View" AS
    SELECT "Id", "select" FROM "Customer";

COMMENT ON COLUMN "Customer"."select" IS 'a reserved word';
