// SPDX-License-Identifier: Apache-2.0
// Controller bring-up in Linux's order, admin commands and asynchronous events.

#include "controller.h"

#include "identify_check.h"

#include <algorithm>
#include <cstdarg>
#include <cstdio>
#include <stdexcept>
#include <utility>

namespace nvme {
namespace {

constexpr Nanoseconds kHalfSecond = 500'000'000;
constexpr Nanoseconds kSecond = 2 * kHalfSecond;

std::string format(const char* fmt, ...) __attribute__((format(printf, 1, 2)));
std::string format(const char* fmt, ...) {
  char buffer[512];
  va_list args;
  va_start(args, fmt);
  std::vsnprintf(buffer, sizeof buffer, fmt, args);
  va_end(args);
  return buffer;
}

}  // namespace

const char* state_name(ControllerState state) {
  switch (state) {
    case ControllerState::kNew:
      return "NEW";
    case ControllerState::kDisabling:
      return "DISABLING";
    case ControllerState::kConfiguringAdmin:
      return "CONFIGURING_ADMIN";
    case ControllerState::kEnabling:
      return "ENABLING";
    case ControllerState::kIdentifying:
      return "IDENTIFYING";
    case ControllerState::kConfiguringQueues:
      return "CONFIGURING_QUEUES";
    case ControllerState::kLive:
      return "LIVE";
    case ControllerState::kResetting:
      return "RESETTING";
    case ControllerState::kDead:
      return "DEAD";
    case ControllerState::kShutDown:
      return "SHUT_DOWN";
  }
  return "?";
}

Controller::Controller(Platform& platform, unsigned instance, ControllerOptions options)
    : m_platform(platform),
      m_instance(instance),
      m_name("nvme" + std::to_string(instance)),
      m_options(std::move(options)),
      m_id_ctrl(std::make_unique<nvme_id_ctrl>()) {
  // AQA holds 12-bit 0's based sizes; one tag for commands besides the AER and the empty slot.
  if (m_options.admin_queue_depth < 3 || m_options.admin_queue_depth > 4096) {
    throw std::invalid_argument("Controller: admin_queue_depth must be 3..4096");
  }
  if (m_options.io_queue_depth < 2 || m_options.io_queue_depth > 65536) {
    throw std::invalid_argument("Controller: io_queue_depth must be 2..65536");
  }
  if (m_options.io_queues < 1 || m_options.io_queues > 65535) {
    throw std::invalid_argument("Controller: io_queues must be 1..65535");
  }
  // The admin queue does not depend on CAP (its size is not bounded by MQES): allocate it now
  // so that admin_queue() is always valid.
  m_admin = std::make_unique<QueuePair>(m_platform, 0, m_options.admin_queue_depth, 1, 0,
                                        [this](const std::string& line) { log(line); });
  m_admin->set_timeout_handler([this](QueuePair& queue, uint16_t cid) { on_timeout(queue, cid); });
}

Controller::~Controller() {
  for (unsigned vector = 0; vector < m_vector_queues.size(); ++vector) {
    if (m_vector_queues[vector].empty()) continue;
    try {
      m_platform.set_interrupt_handler(vector, [] {});
    } catch (...) {
      // Nothing sensible to do in a destructor; the platform is going away too.
    }
  }
}

void Controller::log(const std::string& message) const {
  if (m_options.log) m_options.log(m_name + ": " + message);
}

void Controller::set_state(ControllerState next) {
  const ControllerState previous = m_state;
  m_state = next;
  log(format("%s -> %s (t=%llu ns)", state_name(previous), state_name(next),
             static_cast<unsigned long long>(m_platform.now())));
}

bool Controller::fail(const std::string& why) {
  log(why);
  set_state(ControllerState::kDead);
  // Submissions held by a reset go on, to a controller that answers nothing: they time out.
  m_admin->resume();
  for (auto& io : m_io) io->resume();
  m_platform.annotate("scan_phase", 0);
  return false;
}

// Linux's nvme_wait_ready: read CSTS, done if RDY matches, else sleep and retry until
// (CAP.TO + 1) half seconds have passed.
bool Controller::wait_ready(bool ready, const char* step) {
  const unsigned to = static_cast<unsigned>(NVME_CAP_TO(m_cap));
  const Nanoseconds limit = (Nanoseconds{to} + 1) * kHalfSecond;
  const Nanoseconds start = m_platform.now();
  for (;;) {
    const uint32_t csts = m_platform.read32(NVME_REG_CSTS);
    if (csts == 0xFFFF'FFFFu) {
      return fail(format("device gone while %s: CSTS reads all ones", step));
    }
    if (ready && NVME_CSTS_CFS(csts)) {
      m_fatal_seen = true;
      return fail(format("controller fatal status while %s: CSTS 0x%x", step, csts));
    }
    if ((NVME_CSTS_RDY(csts) != 0) == ready) {
      log(format("CSTS.RDY = %d after %llu ns (%s)", ready ? 1 : 0,
                 static_cast<unsigned long long>(m_platform.now() - start), step));
      return true;
    }
    if (m_platform.now() - start >= limit) {
      return fail(format(
          "device not ready; aborting %s: CSTS.RDY still %d after %llu ms "
          "(CAP.TO %u), CSTS 0x%x",
          step, ready ? 0 : 1,
          static_cast<unsigned long long>((m_platform.now() - start) / 1'000'000), to, csts));
    }
    m_platform.sleep(m_options.csts_poll_interval);
  }
}

bool Controller::run_step(const char* what, const Sqe& sqe, CommandResult* out) {
  const CommandResult result = execute(sqe);
  if (out) *out = result;
  if (result.ok()) return true;
  if (result.timed_out) {
    return fail(format("%s timed out after %llu ns", what,
                       static_cast<unsigned long long>(result.completed - result.submitted)));
  }
  return fail(format("%s failed: %s", what, status_name(result.status).c_str()));
}

void Controller::attach_to_vector(QueuePair& queue) {
  const unsigned vector = queue.vector();
  if (m_vector_queues.size() <= vector) m_vector_queues.resize(vector + 1);
  m_vector_queues[vector].push_back(&queue);
  if (m_vector_queues[vector].size() > 1) return;  // the handler reaps every queue on it
  m_platform.set_interrupt_handler(vector, [this, vector] {
    // By index: a queue may be attached while a reap waits in a doorbell write.
    const std::vector<QueuePair*>& queues = m_vector_queues[vector];
    for (size_t i = 0; i < queues.size(); ++i) queues[i]->process_completions();
  });
}

bool Controller::bring_up() {
  if (m_state != ControllerState::kNew) {
    log(format("bring_up() in state %s: only from NEW", state_name(m_state)));
    return false;
  }
  m_platform.annotate("scan_phase", 1);

  // ---- Is anything there (Linux: nvme_pci_enable) ----
  if (m_platform.read32(NVME_REG_CSTS) == 0xFFFF'FFFFu) {
    return fail("device absent: CSTS reads all ones");
  }
  if (m_platform.interrupt_vectors() == 0) return fail("no MSI-X vector enabled");
  m_cap = m_platform.read64(NVME_REG_CAP);
  if (m_cap == ~uint64_t{0}) return fail("device absent: CAP reads all ones");
  if ((NVME_CAP_CSS(m_cap) & NVME_CAP_CSS_NVM) == 0) {
    return fail("the NVM command set is not supported (CAP.CSS)");
  }
  if (NVME_CAP_MPSMIN(m_cap) > 0) return fail("4 KiB memory pages not supported (CAP.MPSMIN)");
  const unsigned mqes = static_cast<unsigned>(NVME_CAP_MQES(m_cap));
  log(format("CAP 0x%016llx: MQES %u, TO %u (%llu ms), DSTRD %u, %u MSI-X vector(s)",
             static_cast<unsigned long long>(m_cap), mqes,
             static_cast<unsigned>(NVME_CAP_TO(m_cap)),
             static_cast<unsigned long long>(NVME_CAP_TO(m_cap) * 500),
             static_cast<unsigned>(NVME_CAP_DSTRD(m_cap)), m_platform.interrupt_vectors()));
  if (NVME_CAP_DSTRD(m_cap) != 0) {
    return fail("doorbell stride CAP.DSTRD != 0 is not supported");
  }

  if (!initialize_retrying()) return false;
  m_platform.annotate("scan_phase", 0);
  return true;
}

// A fatal error while initializing (CSTS.CFS) gets a reset and another try, a few times; any
// other failure is final, as Linux removes a controller whose probe or reset failed.
bool Controller::initialize_retrying() {
  constexpr unsigned kRetries = 3;
  m_fatal_seen = false;
  for (unsigned retries = 0; !initialize(); ++retries) {
    if (!m_fatal_seen || retries == kRetries || m_resets >= m_options.max_resets) return false;
    m_fatal_seen = false;
    ++m_resets;
    m_platform.annotate("resets", m_resets);
    log(format("controller fatal status during bring-up: reset %llu, bringing it up again",
               static_cast<unsigned long long>(m_resets)));
  }
  return true;
}

bool Controller::initialize() {
  m_initializing = true;
  const bool live = initialize_steps();
  m_initializing = false;
  return live;
}

bool Controller::initialize_steps() {
  // ---- Disable (nvme_disable_ctrl): EN = 0, no shutdown, wait for RDY = 0 ----
  set_state(ControllerState::kDisabling);
  uint32_t cc = m_platform.read32(NVME_REG_CC);
  cc &= ~(NVME_SET(NVME_CC_EN_MASK, CC_EN) | NVME_SET(NVME_CC_SHN_MASK, CC_SHN));
  m_platform.write32(NVME_REG_CC, cc);
  if (!wait_ready(false, "disabling")) return false;

  // ---- Admin queue (nvme_pci_configure_admin_queue) ----
  set_state(ControllerState::kConfiguringAdmin);
  const uint32_t aqa_size = m_admin->entries() - 1;  // 0's based
  m_platform.write32(NVME_REG_AQA, aqa_size << 16 | aqa_size);
  m_platform.write64(NVME_REG_ASQ, m_admin->sq_memory().bus_address);
  m_platform.write64(NVME_REG_ACQ, m_admin->cq_memory().bus_address);
  if (m_vector_queues.empty()) attach_to_vector(*m_admin);

  // ---- Enable (nvme_enable_ctrl): configuration first, then EN ----
  set_state(ControllerState::kEnabling);
  cc = NVME_SET(NVME_CC_CSS_NVM, CC_CSS) | NVME_SET(0, CC_MPS) | NVME_SET(NVME_CC_AMS_RR, CC_AMS) |
       NVME_SET(NVME_CC_SHN_NONE, CC_SHN) | NVME_SET(6, CC_IOSQES) | NVME_SET(4, CC_IOCQES);
  m_platform.write32(NVME_REG_CC, cc);
  m_platform.write32(NVME_REG_CC, cc | NVME_SET(1, CC_EN));
  if (!wait_ready(true, "enabling")) return false;
  // The device knows the rings again: submissions held by a reset may go.
  m_admin->resume();
  for (auto& io : m_io) io->resume();
  m_version = m_platform.read32(NVME_REG_VS);

  // ---- Identify Controller (nvme_init_identify) ----
  set_state(ControllerState::kIdentifying);
  const DmaBuffer buffer = m_platform.alloc_dma(NVME_IDENTIFY_DATA_SIZE, kPageSize);
  const CommandResult id = execute(identify_sqe(NVME_IDENTIFY_CNS_CTRL, 0, buffer.bus_address));
  if (id.ok()) m_platform.read_dma(buffer.bus_address, m_id_ctrl.get(), sizeof(nvme_id_ctrl));
  m_platform.free_dma(buffer);  // a timeout ended with the controller disabled: ours again
  if (!id.ok()) {
    return fail(id.timed_out ? std::string("Identify Controller timed out")
                             : "Identify Controller failed: " + status_name(id.status));
  }
  if (const ControllerCheck check = check_identify_controller(*m_id_ctrl); !check.usable) {
    return fail("Identify Controller rejected: " + check.why);
  }
  log(format("VS %s, VID 0x%04x, MN '%s', FR '%s', NN %u, OAES 0x%x",
             version_string(m_version).c_str(), m_id_ctrl->vid,
             identify_string(m_id_ctrl->mn, sizeof m_id_ctrl->mn).c_str(),
             identify_string(m_id_ctrl->fr, sizeof m_id_ctrl->fr).c_str(), m_id_ctrl->nn,
             m_id_ctrl->oaes));

  // ---- I/O queues (nvme_setup_io_queues) ----
  set_state(ControllerState::kConfiguringQueues);
  const unsigned asked = m_io.empty() ? m_options.io_queues : static_cast<unsigned>(m_io.size());
  CommandResult queues;
  if (!run_step("Set Features Number of Queues",
                set_features_sqe(NVME_FEAT_FID_NUM_QUEUES, (asked - 1) << 16 | (asked - 1)),
                &queues)) {
    return false;
  }
  const unsigned granted = std::min(queues.dw0 & 0xFFFF, queues.dw0 >> 16) + 1;
  const unsigned io_depth =
      std::min(m_options.io_queue_depth, static_cast<unsigned>(NVME_CAP_MQES(m_cap)) + 1);
  const unsigned vectors = m_platform.interrupt_vectors();
  if (m_io.empty()) {  // a reset re-creates the same queues on the device
    for (unsigned q = 1; q <= std::min(asked, granted); ++q) {
      const unsigned vector = vectors >= 2 ? 1 + (q - 1) % (vectors - 1) : 0;
      auto io = std::make_unique<QueuePair>(m_platform, static_cast<uint16_t>(q), io_depth, 0,
                                            vector, [this](const std::string& line) { log(line); });
      io->set_timeout_handler([this](QueuePair& queue, uint16_t cid) { on_timeout(queue, cid); });
      if (m_observer) io->set_observer(m_observer);
      attach_to_vector(*io);
      m_io.push_back(std::move(io));
    }
  } else if (granted < m_io.size()) {
    return fail(
        format("%u I/O queue pair(s) granted after a reset, %zu in use", granted, m_io.size()));
  }
  for (auto& io : m_io) {
    if (!run_step("Create I/O CQ", create_io_cq_sqe(io->qid(), static_cast<uint16_t>(io_depth),
                                                    io->cq_memory().bus_address,
                                                    static_cast<uint16_t>(io->vector())))) {
      return false;
    }
    if (!run_step("Create I/O SQ", create_io_sq_sqe(io->qid(), static_cast<uint16_t>(io_depth),
                                                    io->sq_memory().bus_address, io->qid()))) {
      return false;
    }
  }
  log(format("%u I/O queue pair(s) granted, using qid 1..%zu: depth %u, vectors %u..%u", granted,
             m_io.size(), io_depth, m_io.front()->vector(), m_io.back()->vector()));

  // ---- LIVE, then nvme_start_ctrl: async event configuration and the first AER ----
  set_state(ControllerState::kLive);
  const uint32_t aen = m_id_ctrl->oaes & NVME_SET(1, FEAT_AE_NAN);
  if (aen != 0) {
    if (!run_step("Set Features Asynchronous Event Configuration",
                  set_features_sqe(NVME_FEAT_FID_ASYNC_EVENT, aen))) {
      return false;
    }
  } else {
    log("namespace attribute notices not supported (OAES), not enabled");
  }
  if (!post_async_event()) return fail("no reserved CID free for the AER");
  return true;
}

CommandResult Controller::admin(const Sqe& sqe) {
  while (m_resetting) {
    const std::shared_ptr<Completion> done = m_reset_done;
    done->wait();
  }
  if (m_state != ControllerState::kLive) {
    CommandResult refused;
    refused.status = kStatusHostNotSubmitted;
    refused.submitted = refused.completed = m_platform.now();
    return refused;
  }
  return execute(sqe);
}

CommandResult Controller::execute(const Sqe& sqe) {
  const CommandResult result = m_admin->submit(sqe, m_options.admin_timeout);
  if (result.timed_out) {
    Sqe sent = sqe;
    sent.cid = result.cid;
    log(format("admin command %s timed out after %llu ns; ended: %s", describe(sent).c_str(),
               static_cast<unsigned long long>(m_options.admin_timeout),
               status_name(result.status).c_str()));
  }
  return result;
}

CommandResult Controller::identify(uint8_t cns, uint32_t nsid, const DmaBuffer& data) {
  if (data.size < NVME_IDENTIFY_DATA_SIZE) {
    throw std::invalid_argument("identify: the buffer must hold 4 KiB");
  }
  return admin(identify_sqe(cns, nsid, data.bus_address,
                            prp2_for(data.bus_address, NVME_IDENTIFY_DATA_SIZE)));
}

void Controller::set_command_observer(CommandObserver observer) {
  m_observer = std::move(observer);
  m_admin->set_observer(m_observer);
  for (auto& io : m_io) io->set_observer(m_observer);
}

// ---- Asynchronous events ------------------------------------------------------------------------

void Controller::set_async_event_handler(std::function<void(uint32_t)> handler) {
  m_aen_handler = std::move(handler);
}

bool Controller::post_async_event() {
  return m_admin->submit_async_event(
      [this](const CommandResult& result) { on_async_event(result); });
}

// In the interrupt task: nothing here may wait, so the handler and the re-post get a task.
void Controller::on_async_event(const CommandResult& result) {
  if (!result.ok()) {
    log("AER completed with " + status_name(result.status) + ", not re-posted");
    return;
  }
  ++m_async_events;
  const uint32_t dw0 = result.dw0;
  log(format("async event 0x%08x: type %u, info 0x%02x, log page 0x%02x", dw0, dw0 & 0x7,
             (dw0 >> 8) & 0xFF, (dw0 >> 16) & 0xFF));
  m_platform.spawn(m_name + "_aen", [this, dw0] {
    if (m_aen_handler) m_aen_handler(dw0);
    if (m_state == ControllerState::kLive && !post_async_event()) {
      log("no reserved CID free to re-post the AER");
    }
  });
}

}  // namespace nvme

namespace nvme {

// ---- Recovery
// ------------------------------------------------------------------------------------

// In the task of the command that timed out, with the command still outstanding.
void Controller::on_timeout(QueuePair& queue, uint16_t cid) {
  if (m_state == ControllerState::kDead) return;
  if (m_state == ControllerState::kResetting) {
    // The reset in progress cancels the command.
    const std::shared_ptr<Completion> done = m_reset_done;
    done->wait();
    return;
  }
  if (m_state != ControllerState::kLive || m_initializing) {
    // Bring-up, or a reset's re-initialization: Linux disables the controller and fails the
    // command; the step that sent it fails.
    if (NVME_CSTS_CFS(m_platform.read32(NVME_REG_CSTS))) m_fatal_seen = true;
    disable_and_cancel("command timeout while initializing");
    return;
  }
  const uint32_t csts = m_platform.read32(NVME_REG_CSTS);
  if (csts == 0xFFFF'FFFFu) {
    fail("command timeout and CSTS reads all ones: device gone");
    cancel_all();  // nothing will answer them
    return;
  }
  if (NVME_CSTS_CFS(csts)) {
    ++m_fatal_resets;
    reset(format("controller fatal status (CSTS 0x%x) found after a command timeout", csts));
    return;
  }
  ++m_aborts_sent;
  log(format("qid %u cid %u timed out: sending Abort", queue.qid(), cid));
  const CommandResult abort =
      m_admin->submit_nowait(abort_sqe(queue.qid(), cid), m_options.admin_timeout);
  if (abort.ok()) {
    const bool taken = (abort.dw0 & 1) == 0;
    if (taken) ++m_aborts_taken;
    log(format("Abort of qid %u cid %u: %s", queue.qid(), cid,
               taken ? "aborted" : "not aborted, waiting one more timeout"));
    // Aborted: its CQE is on the way. Not aborted: as Linux, give it another timeout, its
    // queue's kind's (Linux re-arms the request's own timer).
    const Nanoseconds again =
        &queue == m_admin.get() ? m_options.admin_timeout : m_options.io_timeout;
    if (queue.wait_for_end(cid, again)) return;
  } else if (m_state == ControllerState::kLive) {
    log("Abort of qid " + std::to_string(queue.qid()) + " cid " + std::to_string(cid) + ": " +
        status_name(abort.status));
  }
  if (!queue.wait_for_end(cid, 0)) {
    reset(format("qid %u cid %u did not end after its timeout and Abort", queue.qid(), cid));
  }
}

void Controller::cancel_all() {
  unsigned ended = m_admin->cancel_all(kStatusHostAborted);
  for (auto& io : m_io) ended += io->cancel_all(kStatusHostAborted);
  if (ended) log(format("%u outstanding command(s) ended by the host", ended));
}

void Controller::disable_and_cancel(const char* why) {
  log(std::string("disabling the controller: ") + why);
  m_admin->pause();
  for (auto& io : m_io) io->pause();
  const uint32_t cc = m_platform.read32(NVME_REG_CC);
  m_platform.write32(NVME_REG_CC, cc & ~NVME_SET(NVME_CC_EN_MASK, CC_EN));
  // Bounded by CAP.TO; a device that never gets there is DEAD, and its commands end anyway.
  wait_ready(false, "disabling after a timeout");
  cancel_all();
}

bool Controller::reset(const std::string& why) {
  if (m_resetting) {
    const std::shared_ptr<Completion> done = m_reset_done;
    done->wait();
    return m_state == ControllerState::kLive;
  }
  if (m_state != ControllerState::kLive) return false;
  m_resetting = true;
  m_reset_done = m_platform.make_completion();
  bool live = false;
  if (m_resets >= m_options.max_resets) {
    log(format("reset needed (%s), but %u resets were done already: giving up", why.c_str(),
               m_options.max_resets));
    disable_and_cancel("too many resets");
    fail("too many resets");
  } else {
    ++m_resets;
    m_platform.annotate("resets", m_resets);
    log(format("resetting the controller (%llu): %s", static_cast<unsigned long long>(m_resets),
               why.c_str()));
    set_state(ControllerState::kResetting);
    disable_and_cancel("reset");
    live = m_state != ControllerState::kDead && initialize_retrying();
  }
  m_resetting = false;
  m_reset_done->complete();
  if (live) {
    log("reset done: LIVE again");
    if (m_reset_handler) m_platform.spawn(m_name + "_reset", [this] { m_reset_handler(); });
  }
  return live;
}

bool Controller::check_health() {
  while (m_resetting) {  // a reset in progress decides
    const std::shared_ptr<Completion> done = m_reset_done;
    done->wait();
  }
  if (m_state != ControllerState::kLive) return false;
  const uint32_t csts = m_platform.read32(NVME_REG_CSTS);
  if (csts == 0xFFFF'FFFFu) {
    fail("health check: CSTS reads all ones: device gone");
    cancel_all();
    return false;
  }
  if (NVME_CSTS_CFS(csts)) {
    ++m_fatal_resets;
    return reset(format("controller fatal status (CSTS 0x%x) found by the health check", csts));
  }
  return true;
}

void Controller::set_reset_handler(std::function<void()> handler) {
  m_reset_handler = std::move(handler);
}

bool Controller::shutdown() {
  while (m_resetting) {
    const std::shared_ptr<Completion> done = m_reset_done;
    done->wait();
  }
  if (m_state == ControllerState::kNew || m_state == ControllerState::kShutDown) return false;
  m_admin->pause();
  for (auto& io : m_io) io->pause();
  bool clean = true;
  const uint32_t cc = m_platform.read32(NVME_REG_CC);
  if (cc == 0xFFFF'FFFFu) {
    log("shutdown: CC reads all ones: device gone");
    clean = false;
  } else if (NVME_CC_EN(cc)) {
    // Linux: RTD3E rounded up to seconds, clamped to [shutdown_timeout (5 s), 60 s].
    const uint64_t rtd3e_s = (uint64_t{m_id_ctrl->rtd3e} + 999'999) / 1'000'000;
    const Nanoseconds limit = std::min<uint64_t>(std::max<uint64_t>(rtd3e_s, 5), 60) * kSecond;
    m_platform.write32(NVME_REG_CC, (cc & ~NVME_SET(NVME_CC_SHN_MASK, CC_SHN)) |
                                        NVME_SET(NVME_CC_SHN_NORMAL, CC_SHN));
    const Nanoseconds start = m_platform.now();
    for (;;) {
      const uint32_t csts = m_platform.read32(NVME_REG_CSTS);
      if (csts != 0xFFFF'FFFFu && NVME_CSTS_SHST(csts) == NVME_CSTS_SHST_CMPLT) {
        log(format("shutdown complete after %llu ns",
                   static_cast<unsigned long long>(m_platform.now() - start)));
        break;
      }
      if (csts == 0xFFFF'FFFFu || m_platform.now() - start >= limit) {
        log(format("shutdown not complete after %llu ms: CSTS 0x%x",
                   static_cast<unsigned long long>((m_platform.now() - start) / 1'000'000), csts));
        clean = false;
        break;
      }
      m_platform.sleep(m_options.csts_poll_interval);
    }
    const uint32_t after = m_platform.read32(NVME_REG_CC);
    m_platform.write32(NVME_REG_CC, after & ~NVME_SET(NVME_CC_EN_MASK, CC_EN));
    clean = wait_ready(false, "shutting down") && clean;
  }
  cancel_all();
  set_state(ControllerState::kShutDown);
  return clean;
}

}  // namespace nvme
