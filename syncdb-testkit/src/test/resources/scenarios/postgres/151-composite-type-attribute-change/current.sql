CREATE TYPE money_amount AS (amount numeric(12,2), currency char(3));
CREATE FUNCTION zero_amount() RETURNS money_amount LANGUAGE sql IMMUTABLE AS $$ SELECT ROW(0, 'EUR')::money_amount $$;
