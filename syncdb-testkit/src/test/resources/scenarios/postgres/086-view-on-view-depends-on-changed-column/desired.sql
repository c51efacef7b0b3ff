CREATE TABLE accounts (
    id integer PRIMARY KEY,
    owner varchar(200) NOT NULL,
    balance numeric(10,2) NOT NULL
);

CREATE VIEW positive_accounts AS
    SELECT id, owner, balance FROM accounts WHERE balance > 0;

CREATE VIEW owners_with_money AS
    SELECT DISTINCT owner FROM positive_accounts;
