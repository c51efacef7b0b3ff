CREATE TABLE logs (id bigint NOT NULL, created date NOT NULL, PRIMARY KEY (id, created));
