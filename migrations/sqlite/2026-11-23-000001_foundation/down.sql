DROP TABLE login_throttle;
DROP TABLE account_tokens;
DROP TABLE users;
DROP TABLE organisations;
