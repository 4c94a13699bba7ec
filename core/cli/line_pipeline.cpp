#include "line_pipeline.h"

#include <algorithm>
#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "line_result.h"

namespace claimscope::cli {

namespace {

// The lines of a run with --threads N > 1: a ring of slots that the main
// thread fills with input lines and empties, strictly in input order, by
// writing their results, while N workers that live for the whole run
// annotate the lines in between. A worker keeps its Result and the core's
// scratch buffers (thread_local) from its first line to the end, and the
// main thread reads ahead and writes while the workers annotate.
//
// What crosses between the cores is kept to the input lines: a worker ends
// its result line with its newline itself, the main thread hands the
// results' bytes to the system as they are (one gathering write for the
// lines finished at the head, where the output has a file descriptor) rather
// than copying them through stdio's buffer, and a written result goes back
// to the worker that filled it, so that its next line is written into memory
// in its own core's cache, not the other's.
//
// Memory: at most `capacity` lines are in the ring, and the main thread reads
// no further while the lines not yet written hold `max_bytes` or more.
//
// Shared state: `taken_`, `published_`, `done_`, `finished_`, the free
// results' stacks, the wake-up fields and `stopping_` are read and written
// under `mutex_` only. A slot's line is written by the main thread before it
// is published (under the mutex) and read by one worker after it took it
// (under the mutex); its result is written by that worker before it marks it
// done (under the mutex) and read by the main thread after it saw it done
// (under the mutex). A slot is filled again only after its result was
// written out, so no two threads ever use a slot's strings at once. `head_`,
// `bytes_` and `gather_` are the main thread's alone.
class LinePipeline {
 public:
  LinePipeline(const JsonlOptions& o, std::FILE* out, unsigned workers, size_t capacity, size_t max_bytes)
      : o_(o), out_(out), slots_(capacity), done_(capacity, 0), results_(capacity), free_by_worker_(workers),
        max_bytes_(max_bytes) {
    // Room made here for every result in each list, so that giving one back
    // never allocates.
    free_results_.reserve(capacity);
    for (size_t i = capacity; i-- > 0;) free_results_.push_back(&results_[i]);
    for (auto& own : free_by_worker_) own.reserve(capacity);
#if defined(CLAIMSCOPE_GATHER_WRITES)
    fd_ = fileno(out);
    if (fd_ >= 0) {
      std::fflush(out);  // whatever the stream holds goes first
      gather_.reserve(2 * capacity);
    }
#endif
    workers_.reserve(workers);
    for (unsigned t = 0; t < workers; ++t) workers_.emplace_back([this, t] { work(t); });
  }
  LinePipeline(const LinePipeline&) = delete;
  LinePipeline& operator=(const LinePipeline&) = delete;
  ~LinePipeline() {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      stopping_ = true;
    }
    work_ready_.notify_all();
    for (std::thread& t : workers_) t.join();
  }

  // The string that the next input line is read into: a free slot.
  std::string& next_line() { return slots_[published_ % slots_.size()].line; }

  // Hands the line read into next_line() to the workers, writes the lines
  // already finished at the head, and makes room for the next line (waits
  // while the ring is full or holds max_bytes).
  void publish() {
    const size_t size = next_line().size();
    slots_[published_ % slots_.size()].bytes = size;
    bytes_ += size;
    size_t ready;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      done_[published_ % slots_.size()] = 0;
      ++published_;
      ready = ready_at_head();
    }
    work_ready_.notify_one();
    write(ready);
    while (published_ - head_ == slots_.size() || bytes_ >= max_bytes_) write(wait(kWriteBatch));
  }

  // Writes every line still in the ring, in order.
  void finish() {
    while (head_ != published_) write(wait(published_ - head_));
  }

  // A write to the output's file descriptor failed (the rest was dropped).
  bool write_failed() const { return write_failed_; }

 private:
  // Lines the main thread waits to be finished before it writes: with a full
  // ring it wakes once per few lines, not once a line.
  static constexpr size_t kWriteBatch = 16;

  struct Slot {
    std::string line;
    LineOut* result = nullptr;  // from a free list, while the line is in the ring
    size_t bytes = 0;
    unsigned worker = 0;  // who took the line: its result goes back to that worker's list
  };

  // Lines finished in a row from the head (under the mutex).
  size_t ready_at_head() const {
    size_t n = 0;
    while (head_ + n != published_ && done_[(head_ + n) % slots_.size()]) ++n;
    return n;
  }

  // Waits until the head line is finished and `batch` lines of the ring are
  // (or all of them, when fewer are in it); the lines finished in a row from
  // the head, one at least.
  size_t wait(size_t batch) {
    std::unique_lock<std::mutex> lock(mutex_);
    wake_head_ = head_;
    wake_finished_ = head_ + std::min(batch, published_ - head_);
    main_waits_ = !woken();
    done_ready_.wait(lock, [this] { return !main_waits_; });
    return ready_at_head();
  }
  // The main thread's wait is over (under the mutex).
  bool woken() const { return done_[wake_head_ % slots_.size()] && finished_ >= wake_finished_; }

  void write(size_t lines) {
    if (lines == 0) return;
    const size_t first = head_;
    if (fd_ >= 0) {
      write_gathered(lines);
    } else {
      for (size_t k = first; k != first + lines; ++k) {
        Slot& slot = slots_[k % slots_.size()];
        write_line(slot.line, *slot.result, out_);
      }
    }
    for (; lines > 0; --lines, ++head_) bytes_ -= slots_[head_ % slots_.size()].bytes;
    // Each result's string back on its worker's stack, the one written last
    // on top: the worker's next line writes into memory still in its cache,
    // and a run grows only as many result strings as lines are ever finished
    // and not yet written at once (about kWriteBatch + workers), not one per
    // slot.
    std::lock_guard<std::mutex> lock(mutex_);
    for (size_t k = first; k != head_; ++k) {
      const Slot& slot = slots_[k % slots_.size()];
      free_by_worker_[slot.worker].push_back(slot.result);
    }
  }

  // The results of the lines from the head, their bytes as they are, in as
  // few writes as the system takes; then the slots' strings, as write_line.
  void write_gathered(size_t lines) {
#if defined(CLAIMSCOPE_GATHER_WRITES)
    static constexpr char kNewline = '\n';
    gather_.clear();
    for (size_t k = head_; k != head_ + lines; ++k) {
      LineOut& r = *slots_[k % slots_.size()].result;
      if (r.failed) {
        gather_.push_back({const_cast<char*>(kFailedLineEnded.data()), kFailedLineEnded.size()});
      } else if (r.newline) {
        gather_.push_back({r.bytes.data(), r.size + 1});
      } else {
        gather_.push_back({r.bytes.data(), r.size});
        gather_.push_back({const_cast<char*>(&kNewline), 1});
      }
    }
    write_all(gather_.data(), gather_.size());
    for (size_t k = head_; k != head_ + lines; ++k) {
      Slot& slot = slots_[k % slots_.size()];
      release_line(slot.line, *slot.result);
    }
#else
    (void)lines;
#endif
  }

#if defined(CLAIMSCOPE_GATHER_WRITES)
  void write_all(iovec* piece, size_t count) {
    if (!write_failed_) write_failed_ = !write_pieces(fd_, piece, count);
  }
#endif

  // A result for worker `w`'s next line (under the mutex): the one it gave
  // back last, else one never used, else another worker's. There is always
  // one: a line in the ring holds one result at most, and there are as many
  // as slots.
  LineOut* take_result(unsigned w) {
    std::vector<LineOut*>* from = &free_by_worker_[w];
    if (from->empty()) from = &free_results_;
    for (size_t k = 0; from->empty(); ++k) from = &free_by_worker_[k];
    LineOut* r = from->back();
    from->pop_back();
    return r;
  }

  // The worker ends its own result's line (end_in_place), so that the main
  // thread hands it over without touching the result's memory.
  static void end_line(LineOut& r) noexcept { r.newline = !r.failed && end_in_place(r); }

  void work(unsigned w) {
    std::unique_lock<std::mutex> lock(mutex_);
    for (;;) {
      work_ready_.wait(lock, [this] { return taken_ != published_ || stopping_; });
      if (taken_ == published_) return;
      const size_t i = taken_++;
      Slot& slot = slots_[i % slots_.size()];
      slot.result = take_result(w);
      slot.worker = w;
      lock.unlock();
      process_line_into(slot.line, o_, *slot.result);
      end_line(*slot.result);
      lock.lock();
      done_[i % slots_.size()] = 1;
      ++finished_;
      if (main_waits_ && woken()) {
        main_waits_ = false;
        done_ready_.notify_one();
      }
    }
  }

  const JsonlOptions& o_;
  std::FILE* out_;
  int fd_ = -1;  // out_'s file descriptor, written directly; -1: through out_
  bool write_failed_ = false;
  std::vector<Slot> slots_;
  std::vector<char> done_;  // per slot: its line's result is ready
  std::vector<LineOut> results_;
  std::vector<LineOut*> free_results_;                 // results_ never used yet
  std::vector<std::vector<LineOut*>> free_by_worker_;  // [w]: written results that worker w filled
#if defined(CLAIMSCOPE_GATHER_WRITES)
  std::vector<iovec> gather_;  // the pieces of one write (main thread)
#endif
  const size_t max_bytes_;
  std::vector<std::thread> workers_;
  std::mutex mutex_;
  std::condition_variable work_ready_, done_ready_;
  // Lines by their number in the input (blank lines not counted): the slot
  // of line k is k % capacity. head_ <= taken_ <= published_.
  size_t head_ = 0;       // the next line to write (main thread)
  size_t taken_ = 0;      // the next line for a worker
  size_t published_ = 0;  // lines handed to the workers
  size_t finished_ = 0;   // lines annotated (counts from the run's start)
  size_t bytes_ = 0;      // input bytes of the lines not yet written (main thread)
  bool main_waits_ = false, stopping_ = false;
  size_t wake_head_ = 0, wake_finished_ = 0;
};

}  // namespace

bool annotate_in_threads(std::istream& in, std::FILE* out, const JsonlOptions& o) {
  // Up to 64 lines per thread (and 64 MB) in flight; the workers and their
  // kept memory last for the whole run.
  LinePipeline lines(o, out, o.threads, 64 * size_t(o.threads), size_t(64) << 20);
  while (next_record(in, lines.next_line())) lines.publish();
  lines.finish();
  return !lines.write_failed();
}

}  // namespace claimscope::cli
