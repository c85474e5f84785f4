//! Table-driven tests of field extraction, one rule per test.

use super::*;
