CREATE TABLE departments (
    id integer PRIMARY KEY,
    name text NOT NULL,
    head_employee_id integer
);

CREATE TABLE employees (
    id integer PRIMARY KEY,
    department_id integer NOT NULL REFERENCES departments (id)
);

ALTER TABLE departments
    ADD CONSTRAINT departments_head_fk FOREIGN KEY (head_employee_id) REFERENCES employees (id);
