crate::domain::coded::coded! {
    /// What an account is: one role per person.
    pub enum Role in "users.role", label "role" {
        Consumer = "consumer",
        TraderUser = "trader_user",
        Mediator = "mediator",
        Admin = "admin",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_role_round_trips_through_its_stored_name() {
        crate::domain::coded::assert_round_trips(&Role::ALL, Role::as_str, Role::parse);
        assert!("superuser".parse::<Role>().is_err());
    }
}
