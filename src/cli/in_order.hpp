#pragma once

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace minutes::cli {

// Runs work(i) for i in [0, count) on `jobs` threads and hands each result to emit(i, result)
// on the calling thread, in index order, as soon as it and all before it are done. Output is
// therefore identical for any number of jobs, and finished results are dropped at once.
template <typename Result, typename Work, typename Emit>
void run_in_order(std::size_t count, unsigned jobs, Work work, Emit emit) {
  jobs = std::max(1u, std::min<unsigned>(jobs, static_cast<unsigned>(std::max<std::size_t>(count, 1))));
  if (jobs == 1) {
    for (std::size_t i = 0; i < count; ++i) emit(i, work(i));
    return;
  }
  std::mutex mutex;
  std::condition_variable ready;
  std::atomic<std::size_t> next{0};
  // A window keeps workers from running far ahead of the printer, so memory stays flat: result
  // i waits in slot i % window, which result i - window has left by the time i may start.
  const std::size_t window = std::size_t{jobs} * 16;
  std::vector<std::optional<Result>> done(std::min(count, window));
  std::size_t emitted = 0;
  std::condition_variable room;
  std::vector<std::thread> threads;
  for (unsigned t = 0; t < jobs; ++t) {
    threads.emplace_back([&] {
      for (;;) {
        const std::size_t i = next.fetch_add(1);
        if (i >= count) return;
        {
          std::unique_lock lock(mutex);
          room.wait(lock, [&] { return i < emitted + window; });
        }
        Result result = work(i);
        std::lock_guard lock(mutex);
        done[i % done.size()] = std::move(result);
        ready.notify_all();
      }
    });
  }
  for (std::size_t i = 0; i < count; ++i) {
    std::optional<Result> result;
    {
      std::unique_lock lock(mutex);
      std::optional<Result>& slot = done[i % done.size()];
      ready.wait(lock, [&] { return slot.has_value(); });
      result = std::move(slot);
      slot.reset();
      emitted = i + 1;
      room.notify_all();
    }
    emit(i, std::move(*result));
  }
  for (std::thread& thread : threads) thread.join();
}

}  // namespace minutes::cli
