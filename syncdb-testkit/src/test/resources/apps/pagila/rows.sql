-- A few rows in every table of full.sql (store and staff point at each other: the store goes in
-- first, its manager_staff_id has no foreign key). film.fulltext is filled by its trigger.

INSERT INTO language (language_id, name) VALUES (1, 'English'), (2, 'Italian'), (3, 'Japanese');
INSERT INTO country (country_id, country) VALUES (1, 'Canada'), (2, 'Australia'), (3, 'Turkey');
INSERT INTO city (city_id, city, country_id) VALUES (1, 'Lethbridge', 1), (2, 'Woodridge', 2), (3, 'Ankara', 3);
INSERT INTO address (address_id, address, district, city_id, postal_code, phone) VALUES
  (1, '47 MySakila Drive', 'Alberta', 1, NULL, ''),
  (2, '28 MySQL Boulevard', 'QLD', 2, NULL, ''),
  (3, '1913 Hanoi Way', 'Nagasaki', 3, '35200', '28303384290'),
  (4, '1121 Loja Avenue', 'California', 1, '17886', '838635286649');
INSERT INTO store (store_id, manager_staff_id, address_id) VALUES (1, 1, 1), (2, 2, 2);
INSERT INTO staff (staff_id, first_name, last_name, address_id, email, store_id, username, password) VALUES
  (1, 'Mike', 'Hillyer', 3, 'Mike.Hillyer@sakilastaff.com', 1, 'Mike', '8cb2237d0679ca88db6464eac60da96345513964'),
  (2, 'Jon', 'Stephens', 4, 'Jon.Stephens@sakilastaff.com', 2, 'Jon', NULL);
INSERT INTO customer (customer_id, store_id, first_name, last_name, email, address_id, active) VALUES
  (1, 1, 'MARY', 'SMITH', 'MARY.SMITH@sakilacustomer.org', 3, 1),
  (2, 1, 'PATRICIA', 'JOHNSON', 'PATRICIA.JOHNSON@sakilacustomer.org', 4, 1),
  (3, 2, 'LINDA', 'WILLIAMS', NULL, 4, 0);
INSERT INTO actor (actor_id, first_name, last_name) VALUES
  (1, 'PENELOPE', 'GUINESS'), (2, 'NICK', 'WAHLBERG'), (3, 'ED', 'CHASE');
INSERT INTO category (category_id, name) VALUES (1, 'Action'), (2, 'Animation'), (3, 'Documentary');
INSERT INTO film (film_id, title, description, release_year, language_id, rental_duration, rental_rate, length,
                  replacement_cost, rating, special_features) VALUES
  (1, 'ACADEMY DINOSAUR', 'A Epic Drama of a Feminist And a Mad Scientist', 2012, 1, 6, 0.99, 86, 20.99, 'PG',
   '{"Deleted Scenes","Behind the Scenes"}'),
  (2, 'ACE GOLDFINGER', 'A Astounding Epistle of a Database Administrator', 2015, 1, 3, 4.99, 48, 12.99, 'G',
   '{Trailers}'),
  (3, 'ADAPTATION HOLES', NULL, 2006, 2, 7, 2.99, 50, 18.99, 'NC-17', NULL);
INSERT INTO film_actor (actor_id, film_id) VALUES (1, 1), (2, 1), (2, 2), (3, 3);
INSERT INTO film_category (film_id, category_id) VALUES (1, 3), (2, 2), (3, 1);
INSERT INTO inventory (inventory_id, film_id, store_id) VALUES (1, 1, 1), (2, 1, 2), (3, 2, 1), (4, 3, 2);
INSERT INTO rental (rental_id, rental_date, inventory_id, customer_id, return_date, staff_id) VALUES
  (1, '2022-01-24 21:54:33+00', 1, 1, '2022-01-26 21:22:33+00', 1),
  (2, '2022-02-14 15:16:03+00', 3, 2, NULL, 1),
  (3, '2022-05-25 00:00:00+00', 4, 3, '2022-06-01 10:00:00+00', 2);
INSERT INTO payment (payment_id, customer_id, staff_id, rental_id, amount, payment_date) VALUES
  (1, 1, 1, 1, 2.99, '2022-01-24 21:40:19+00'),
  (2, 2, 1, 2, 0.99, '2022-02-15 10:00:00+00'),
  (3, 3, 2, 3, 5.99, '2022-05-28 12:30:00+00'),
  (4, 3, 2, 3, 1.00, '2022-07-02 08:00:00+00');

SELECT setval('language_language_id_seq', 3);
SELECT setval('country_country_id_seq', 3);
SELECT setval('city_city_id_seq', 3);
SELECT setval('address_address_id_seq', 4);
SELECT setval('store_store_id_seq', 2);
SELECT setval('staff_staff_id_seq', 2);
SELECT setval('customer_customer_id_seq', 3);
SELECT setval('actor_actor_id_seq', 3);
SELECT setval('category_category_id_seq', 3);
SELECT setval('film_film_id_seq', 3);
SELECT setval('inventory_inventory_id_seq', 4);
SELECT setval('rental_rental_id_seq', 3);
SELECT setval('payment_payment_id_seq', 4);
REFRESH MATERIALIZED VIEW rental_by_category;
