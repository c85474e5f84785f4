//! The `ibid` binary: parses the command line and hands it to the library.

use clap::Parser;

fn main() -> std::process::ExitCode {
    ibid::cli::run(ibid::cli::Cli::parse())
}
