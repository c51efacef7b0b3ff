INSERT INTO reservations VALUES (1, '[2024-01-01, 2024-01-02)', false), (2, '[2024-01-03, 2024-01-04)', true);
