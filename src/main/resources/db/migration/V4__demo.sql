-- Which demo data steps have been loaded (default mode only; empty in production).
CREATE TABLE demo_data_loads (
  step      VARCHAR(50) PRIMARY KEY,
  loaded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
