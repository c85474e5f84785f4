//! Synthetic articles of any size, for benchmarks: paragraphs of three to
//! seven sentences, a marker every other sentence, and a reference list of
//! 2,000 entries at the end. Deterministic for a given seed.
//!
//! Owns: generating test input. Must not: be used by the reader or checks.

/// Words the sentences are made of.
const WORDS: &[&str] = &[
    "the",
    "report",
    "found",
    "that",
    "evidence",
    "was",
    "weak",
    "and",
    "several",
    "studies",
    "could",
    "not",
    "repeat",
    "result",
    "in",
    "a",
    "later",
    "survey",
    "of",
    "readers",
    "who",
    "checked",
    "sources",
    "claim",
    "spread",
    "through",
    "newspapers",
    "before",
    "anyone",
    "asked",
    "where",
    "it",
    "came",
    "from",
];

/// Family names for citing sentences and entries.
const NAMES: &[&str] = &[
    "Abbott", "Baker", "Carver", "Dalton", "Ellison", "Fischer", "Garner", "Holt", "Ingram", "Jensen",
];

/// Entries in the reference list.
pub const ENTRIES: usize = 2000;

/// A small deterministic generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % u64::try_from(n.max(1)).unwrap_or(1)).unwrap_or(0)
    }
}

/// An article of about `bytes` bytes (at least one paragraph and the list).
#[must_use]
pub fn article(bytes: usize, seed: u64) -> String {
    let mut rng = Rng(seed | 1);
    let mut out = String::with_capacity(bytes + ENTRIES * 100);
    out.push_str("A Synthetic Article\n\nBy The Generator\n\n");
    let mut marker = 0usize;
    let mut sentence = 0usize;
    while out.len() < bytes {
        let sentences = 3 + rng.below(5);
        for s in 0..sentences {
            let length = 8 + rng.below(12);
            let name = NAMES[rng.below(NAMES.len())];
            out.push_str(name);
            for _ in 0..length {
                out.push(' ');
                out.push_str(WORDS[rng.below(WORDS.len())]);
            }
            out.push('.');
            sentence += 1;
            if sentence.is_multiple_of(2) {
                marker = marker % ENTRIES + 1;
                out.push_str(&format!("[{marker}]"));
            }
            out.push(if s + 1 == sentences { '\n' } else { ' ' });
        }
        out.push('\n');
    }
    out.push_str("References\n");
    for n in 1..=ENTRIES {
        let name = NAMES[n % NAMES.len()];
        out.push_str(&format!(
            "[{n}] {name}, Jane. \"A Study of Sources, Part {n}.\" Journal of Examples {}, no. {} ({}): {}-{}.\n",
            n % 40 + 1,
            n % 12 + 1,
            1950 + n % 70,
            n,
            n + 9
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_article_and_about_the_size_asked() {
        let a = article(20_000, 7);
        assert_eq!(a, article(20_000, 7));
        assert_ne!(a, article(20_000, 8));
        assert!(a.len() >= 20_000 && a.len() < 20_000 + ENTRIES * 120);
    }

    #[test]
    fn it_parses_as_an_article_with_its_list() {
        let a = crate::parse::parse("synthetic.txt", article(50_000, 1).into());
        assert_eq!(a.references.len(), ENTRIES);
        assert!(a.markers.len() > 100);
        assert!(a.markers.iter().all(|m| m.targets.iter().all(Option::is_some)));
    }
}
