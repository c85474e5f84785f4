//! Work on a large article split over the machine's cores, with results in
//! the order one pass would give.
//!
//! Owns: cutting a list of items (blocks, markers) into contiguous runs of
//! about equal weight and running a function on each run on its own scoped
//! thread. Must not: know what the items are; small inputs stay on the
//! calling thread.

use std::ops::Range;

/// Below this many bytes of text, an article's body is handled on one
/// thread.
const PARALLEL_FROM_BYTES: usize = 1 << 20;

/// From this many reference entries on (each costs tens of microseconds of
/// field extraction), the list is read on all cores.
pub const PARALLEL_FROM_ENTRIES: usize = 128;

/// Whether an article's body is large enough to be worth splitting.
#[must_use]
pub fn is_large(text: &str) -> bool {
    text.len() >= PARALLEL_FROM_BYTES
}

/// At most this many threads, whatever the machine.
const MAX_THREADS: usize = 8;

thread_local! {
    /// Cores that work started from this thread leaves to other threads;
    /// the threads it starts through this module leave as many.
    static CORES_LEFT_FREE: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Work started from the calling thread from now on, and from the threads
/// that work starts, runs on one core fewer than the machine has (and on at
/// least one): the reader reads a large article in the background this
/// way, so that its own thread always finds a core free when a key comes.
pub fn leave_a_core_free() {
    CORES_LEFT_FREE.set(1);
}

/// How many threads work started from the calling thread may use.
#[must_use]
pub fn thread_budget() -> usize {
    cores()
        .saturating_sub(CORES_LEFT_FREE.get())
        .clamp(1, MAX_THREADS)
}

/// The cores this process may use, asked of the system once (the answer
/// reads the scheduler's affinity and the cgroup's files each time).
pub fn cores() -> usize {
    static CORES: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    *CORES.get_or_init(|| std::thread::available_parallelism().map_or(1, std::num::NonZero::get))
}

/// `len` items cut into contiguous runs of about equal `weight`, one per
/// core when `split` (the work is large enough), else one run.
#[must_use]
pub fn runs(len: usize, split: bool, weight: impl Fn(usize) -> usize) -> Vec<Range<usize>> {
    let threads = if split { thread_budget() } else { 1 };
    if threads <= 1 || len < threads {
        return std::iter::once(0..len).collect();
    }
    let sum: usize = (0..len).map(&weight).sum();
    let share = sum.div_ceil(threads).max(1);
    let mut runs = Vec::with_capacity(threads);
    let (mut start, mut acc) = (0, 0);
    for i in 0..len {
        acc += weight(i);
        if acc >= share && runs.len() + 1 < threads {
            runs.push(start..i + 1);
            (start, acc) = (i + 1, 0);
        }
    }
    runs.push(start..len);
    runs
}

/// `work` on each run, on as many threads as the calling thread's budget
/// allows (the calling thread is one of them), each taking the next run
/// left when it is done; the results in the order of the runs.
pub fn map_runs<T: Send>(runs: &[Range<usize>], work: impl Fn(Range<usize>) -> T + Sync) -> Vec<T> {
    // One run needs no other thread, nor the question of how many cores
    // there are (which reads the cgroup's files the first time).
    let threads = if runs.len() <= 1 {
        1
    } else {
        thread_budget().min(runs.len())
    };
    if threads <= 1 {
        return runs.iter().map(|run| work(run.clone())).collect();
    }
    let next = std::sync::atomic::AtomicUsize::new(0);
    let take_runs = || {
        let mut done = Vec::new();
        loop {
            let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let Some(run) = runs.get(i) else {
                return done;
            };
            done.push((i, work(run.clone())));
        }
    };
    let mut done = std::thread::scope(|scope| {
        let take_runs = &take_runs;
        let helpers: Vec<_> = (1..threads).map(|_| spawn(scope, take_runs)).collect();
        let mut done = take_runs();
        for helper in helpers {
            match helper.join() {
                Ok(theirs) => done.extend(theirs),
                Err(panic) => std::panic::resume_unwind(panic),
            }
        }
        done
    });
    done.sort_unstable_by_key(|&(i, _)| i);
    done.into_iter().map(|(_, result)| result).collect()
}

/// `first` and `second`, at once on two threads when `split` (the work is
/// large enough) and the calling thread's budget allows two, else one
/// after the other on the calling thread.
pub fn join<A: Send, B>(split: bool, first: impl FnOnce() -> A + Send, second: impl FnOnce() -> B) -> (A, B) {
    if !split || thread_budget() < 2 {
        return (first(), second());
    }
    std::thread::scope(|scope| {
        let first = spawn(scope, first);
        let second = second();
        match first.join() {
            Ok(first) => (first, second),
            Err(panic) => std::panic::resume_unwind(panic),
        }
    })
}

/// `work` on a thread of `scope` that leaves as many cores free as the
/// calling thread.
fn spawn<'scope, T: Send + 'scope>(
    scope: &'scope std::thread::Scope<'scope, '_>,
    work: impl FnOnce() -> T + Send + 'scope,
) -> std::thread::ScopedJoinHandle<'scope, T> {
    let left_free = CORES_LEFT_FREE.get();
    scope.spawn(move || {
        CORES_LEFT_FREE.set(left_free);
        work()
    })
}

/// The runs' results joined in order, into the first run's vector: it
/// grows in place where the allocator can (a large one is remapped, not
/// copied), so the join needs little more memory than the result.
#[must_use]
pub fn concat<T>(parts: Vec<Vec<T>>) -> Vec<T> {
    let mut parts = parts.into_iter();
    let mut joined = parts.next().unwrap_or_default();
    for part in parts {
        joined.extend(part);
    }
    joined
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_inputs_are_one_run() {
        let one = |len: usize| -> Vec<Range<usize>> { std::iter::once(0..len).collect() };
        assert_eq!(runs(10, false, |_| 1), one(10));
        assert_eq!(runs(0, true, |_| 1), one(0));
    }

    #[test]
    fn runs_cover_every_item_once_in_order() {
        let r = runs(1000, true, |i| i % 7 + 1);
        assert_eq!(r.first().map(|r| r.start), Some(0));
        assert_eq!(r.last().map(|r| r.end), Some(1000));
        assert!(r.windows(2).all(|w| w[0].end == w[1].start), "{r:?}");
    }

    #[test]
    fn a_thread_that_leaves_a_core_free_splits_work_over_one_core_fewer() {
        let cores = cores();
        let before = runs(1000, true, |_| 1).len();
        let after = std::thread::spawn(|| {
            leave_a_core_free();
            runs(1000, true, |_| 1).len()
        })
        .join()
        .unwrap();
        assert_eq!(before, cores.min(MAX_THREADS));
        assert_eq!(after, (cores - 1).clamp(1, MAX_THREADS));
    }

    #[test]
    fn threads_started_by_work_that_leaves_a_core_free_leave_it_free_too() {
        let (budgets, joined_on_one_thread) = std::thread::spawn(|| {
            leave_a_core_free();
            let budgets = map_runs(&[0..1, 1..2, 2..3], |_| thread_budget());
            let here = std::thread::current().id();
            let (first, ()) = join(true, || std::thread::current().id(), || ());
            (budgets, first == here)
        })
        .join()
        .unwrap();
        let left = (cores() - 1).clamp(1, MAX_THREADS);
        assert_eq!(budgets, vec![left; 3]);
        // With one core to use, the two halves of a join run one after the
        // other on the calling thread.
        assert_eq!(joined_on_one_thread, left == 1);
    }

    #[test]
    fn results_come_in_run_order() {
        let r = [0..3, 3..5, 5..9];
        assert_eq!(map_runs(&r, |run| run.len()), vec![3, 2, 4]);
        // Runs that finish out of order (the first is slowest), and more
        // runs than threads.
        let many: Vec<Range<usize>> = (0..40).map(|i| i..i + 1).collect();
        let out = map_runs(&many, |run| {
            if run.start == 0 {
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
            run.start
        });
        assert_eq!(out, (0..40).collect::<Vec<_>>());
    }

    #[test]
    fn concat_keeps_order_and_does_not_copy_a_single_run() {
        let one = vec![1, 2, 3];
        let at = one.as_ptr();
        let joined = concat(vec![one]);
        assert_eq!(joined.as_ptr(), at);
        assert_eq!(concat(vec![vec![1], vec![], vec![2, 3]]), vec![1, 2, 3]);
    }
}
