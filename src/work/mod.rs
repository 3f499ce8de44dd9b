//! Steps of the loops that hostile input could make quadratic, counted in test builds so that
//! a test bounds the work an input costs, not its time: a busy machine changes the time, never
//! the count. Other builds count nothing and pay nothing.

#[cfg(test)]
thread_local! {
    static STEPS: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// Counts `n` steps (bytes scanned, entries compared) of the calling thread, in test builds.
#[inline(always)]
pub(crate) fn steps(n: usize) {
    #[cfg(test)]
    STEPS.with(|s| s.set(s.get().saturating_add(n as u64)));
    #[cfg(not(test))]
    let _ = n;
}

/// The steps `f` counts on this thread (each test runs on its own).
#[cfg(test)]
pub(crate) fn steps_of<T>(f: impl FnOnce() -> T) -> (T, u64) {
    let before = STEPS.with(std::cell::Cell::get);
    let out = f();
    (out, STEPS.with(std::cell::Cell::get) - before)
}

/// Asserts that `run(2n)` costs at most 2.2 times the steps of `run(n)`, and at least one step
/// (so a loop that stopped counting cannot pass): linear, where a quadratic loop costs 4 times.
#[cfg(test)]
pub(crate) fn assert_linear(what: &str, n: usize, mut run: impl FnMut(usize) -> u64) {
    let small = run(n);
    let large = run(2 * n);
    assert!(small > 0, "{what}: no steps counted");
    assert!(
        large as f64 <= 2.2 * small as f64,
        "{what}: {small} steps for {n}, {large} for {}: not linear",
        2 * n
    );
}

#[cfg(test)]
mod tests;
