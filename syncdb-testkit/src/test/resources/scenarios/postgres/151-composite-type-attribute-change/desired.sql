CREATE TYPE money_amount AS (amount numeric(14,4), currency char(3), rounded boolean);
CREATE FUNCTION zero_amount() RETURNS money_amount LANGUAGE sql IMMUTABLE AS $$ SELECT ROW(0, 'EUR', false)::money_amount $$;
