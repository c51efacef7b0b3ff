CREATE TABLE tags (
    name text PRIMARY KEY
);

CREATE TABLE articles (
    id bigserial PRIMARY KEY,
    revision smallserial,
    title text NOT NULL
);

CREATE TABLE article_tags (
    article_id bigint NOT NULL REFERENCES articles (id),
    tag text NOT NULL REFERENCES tags (name),
    PRIMARY KEY (article_id, tag)
);
