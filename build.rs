//! Links the `ibid` binary at a fixed address on Linux (`-no-pie`).
//!
//! A position-independent executable makes the dynamic loader apply about
//! 20,000 relocations and touch a hundred pages before `main`; a fixed
//! address cuts startup from about 1.4 ms to 0.7 ms, which is half the
//! reader's gap to `less` on the first screen (BENCHMARKS.md).

fn main() {
    let linux = std::env::var("CARGO_CFG_TARGET_OS").is_ok_and(|os| os == "linux");
    if linux {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
    println!("cargo:rerun-if-changed=build.rs");
}
