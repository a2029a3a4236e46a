// SPDX-License-Identifier: Apache-2.0
// Forked jobs, several at a time: poll their pipes, reap them, enforce the time limit.

#include "child_pool.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <vector>

#include "fd_io.h"

namespace common {
namespace {

using Clock = std::chrono::steady_clock;
constexpr int kPollMs = 100;                          // how often should_stop is asked
constexpr auto kStopGrace = std::chrono::seconds(2);  // SIGTERM, then SIGKILL

struct Running {
  size_t job = 0;
  pid_t pid = -1;
  int fd = -1;  // the read end of the child's pipe
  Clock::time_point start;
  std::string bytes;
};

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

std::string describe_status(int status) {
  if (WIFSIGNALED(status)) return "killed by signal " + std::to_string(WTERMSIG(status));
  if (WIFEXITED(status)) return "exited with status " + std::to_string(WEXITSTATUS(status));
  return "ended with wait status " + std::to_string(status);
}

// A failed fork or pipe is reported as the job's outcome, so nothing waits on it.
bool start(size_t job, const std::function<std::string(size_t)>& body, Running* out,
           std::string* error) {
  std::fflush(nullptr);                            // nothing buffered may be written twice
  const Clock::time_point started = Clock::now();  // before the child can start its work
  int fds[2];
  if (pipe2(fds, O_CLOEXEC) != 0) {
    *error = std::string("pipe: ") + std::strerror(errno);
    return false;
  }
  const pid_t pid = fork();
  if (pid < 0) {
    *error = std::string("fork: ") + std::strerror(errno);
    close(fds[0]);
    close(fds[1]);
    return false;
  }
  if (pid == 0) {
    setpgid(0, 0);
    signal(SIGINT, SIG_DFL);
    signal(SIGTERM, SIG_DFL);
    close(fds[0]);
    const std::string bytes = body(job);
    const bool sent = write_all(fds[1], bytes.data(), bytes.size());
    close(fds[1]);
    std::fflush(nullptr);
    _exit(sent ? 0 : 1);
  }
  setpgid(pid, pid);  // also here: the parent may signal the group before the child ran
  close(fds[1]);
  fcntl(fds[0], F_SETFL, fcntl(fds[0], F_GETFL) | O_NONBLOCK);
  *out = Running{job, pid, fds[0], started, {}};
  return true;
}

// Reads everything there is (the pipe does not block); true at end of file.
bool drain(Running& run) {
  char buffer[65536];
  for (;;) {
    const ssize_t n = read(run.fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) return false;
    if (n <= 0) return true;  // EOF, or an error: either way the child is done writing
    run.bytes.append(buffer, static_cast<size_t>(n));
  }
}

// Kills every child's process group, SIGTERM first, and reaps them.
void stop_all(std::vector<Running>& running) {
  for (const Running& run : running) kill(-run.pid, SIGTERM);
  const Clock::time_point deadline = Clock::now() + kStopGrace;
  while (!running.empty()) {
    for (auto it = running.begin(); it != running.end();) {
      siginfo_t info{};
      // Not reaped yet (WNOWAIT), so its process group cannot have been reused by anyone.
      if (waitid(P_PID, static_cast<id_t>(it->pid), &info, WEXITED | WNOHANG | WNOWAIT) == 0 &&
          info.si_pid == it->pid) {
        kill(-it->pid, SIGKILL);  // what the child started and left behind
        wait_for_exit(it->pid);
        close(it->fd);
        it = running.erase(it);
      } else {
        ++it;
      }
    }
    if (Clock::now() >= deadline) {
      for (const Running& run : running) kill(-run.pid, SIGKILL);
    }
    if (!running.empty()) usleep(10'000);
  }
}

}  // namespace

size_t run_child_pool(size_t jobs, const ChildPoolOptions& options,
                      const std::function<std::string(size_t job)>& body,
                      const std::function<void(const PoolJobOutcome&)>& done) {
  const unsigned workers = std::max(1u, options.workers);
  std::vector<Running> running;
  size_t next = 0, finished = 0;
  const auto finish = [&](PoolJobOutcome outcome) {
    ++finished;
    done(outcome);
  };
  for (;;) {
    if (options.should_stop && options.should_stop()) {
      stop_all(running);
      return finished;
    }
    while (running.size() < workers && next < jobs) {
      Running run;
      std::string error;
      if (start(next, body, &run, &error)) {
        running.push_back(std::move(run));
      } else if (!running.empty()) {
        break;  // out of processes or memory for now: try again when a child has ended
      } else {
        finish(PoolJobOutcome{next, false, {}, error, 0, false, 0});
      }
      ++next;
    }
    if (running.empty()) return finished;

    int wait_ms = kPollMs;
    if (options.timeout_seconds > 0) {
      for (const Running& run : running) {
        const double left = options.timeout_seconds - seconds_since(run.start);
        wait_ms = std::min(wait_ms, std::max(0, static_cast<int>(left * 1000) + 1));
      }
    }
    std::vector<pollfd> fds;
    for (const Running& run : running) fds.push_back(pollfd{run.fd, POLLIN, 0});
    if (poll(fds.data(), fds.size(), wait_ms) < 0 && errno != EINTR) {
      std::perror("poll");
      stop_all(running);
      return finished;
    }
    // A stop asked for while we waited: whatever ended meanwhile may have been killed by the
    // same signal, so nothing more is reported.
    if (options.should_stop && options.should_stop()) {
      stop_all(running);
      return finished;
    }
    // Walk backwards so that erasing keeps the earlier indices valid.
    for (size_t i = running.size(); i-- > 0;) {
      Running& run = running[i];
      const bool ended = drain(run);  // also what came after poll returned
      const bool late =
          options.timeout_seconds > 0 && seconds_since(run.start) >= options.timeout_seconds;
      if (!ended && !late) continue;
      PoolJobOutcome outcome;
      outcome.job = run.job;
      outcome.wall_seconds = seconds_since(run.start);
      if (!ended) kill(-run.pid, SIGKILL);
      const int status = wait_for_exit(run.pid);
      if (!ended) {
        char text[48];
        std::snprintf(text, sizeof text, "timed out after %g s", options.timeout_seconds);
        outcome.error = text;
        outcome.timed_out = true;
      } else if (WIFEXITED(status) && WEXITSTATUS(status) == 0) {
        outcome.ok = true;
        outcome.bytes = std::move(run.bytes);
      } else {
        outcome.error = "the process " + describe_status(status);
        if (WIFSIGNALED(status)) outcome.signal = WTERMSIG(status);
      }
      close(run.fd);
      running.erase(running.begin() + static_cast<long>(i));
      finish(std::move(outcome));
    }
  }
}

}  // namespace common
