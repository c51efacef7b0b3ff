CREATE TABLE "Customer" (
    "Id" integer PRIMARY KEY,
    "select" text
);
