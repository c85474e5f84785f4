//! Lowering the calling thread's scheduling priority, for work that must
//! never keep the reader's own thread waiting.
//!
//! Owns: the two levels ibid uses and how each is set per platform. Must
//! not: start threads or decide which work runs at which level.

/// How far a thread steps back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Priority {
    /// Runs only on cores that every other thread leaves free (on Linux
    /// `SCHED_IDLE`, which a waking thread preempts at once). Threads the
    /// caller starts inherit it, and an unprivileged thread cannot leave it.
    Idle,
    /// The lowest normal priority (nice 19): yields to any other normal
    /// thread, but is not kept off the cores by idle work.
    LowestNormal,
}

/// Lowers the calling thread to `priority`. Where the priority cannot be
/// lowered, the thread runs as it is.
pub fn lower_to(priority: Priority) {
    use thread_priority::ThreadPriority;
    #[cfg(target_os = "linux")]
    {
        use thread_priority::unix::{
            NormalThreadSchedulePolicy, ThreadSchedulePolicy, set_thread_priority_and_policy,
            thread_native_id,
        };
        let policy = match priority {
            Priority::Idle => NormalThreadSchedulePolicy::Idle,
            Priority::LowestNormal => NormalThreadSchedulePolicy::Other,
        };
        let _ = set_thread_priority_and_policy(
            thread_native_id(),
            ThreadPriority::Min,
            ThreadSchedulePolicy::Normal(policy),
        );
    }
    #[cfg(not(target_os = "linux"))]
    {
        let _ = priority;
        let _ = thread_priority::set_current_thread_priority(ThreadPriority::Min);
    }
}
