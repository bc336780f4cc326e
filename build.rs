// The translations and migrations are compiled into the binary by macros; rebuild when they change.
fn main() {
    println!("cargo:rerun-if-changed=templates/locales");
    println!("cargo:rerun-if-changed=migrations");
}
