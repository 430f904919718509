#include "output.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <stdexcept>

#include "bailiff/error.hpp"

namespace bailiff::cli {

namespace {
// The name of output_path(), by which check_outputs finds the options that write.
constexpr const char* kOutputValidator = "output-path";
}  // namespace

const CLI::Validator& output_path() {
  static const CLI::Validator validator(
      [](const std::string& value) -> std::string {
        return value.empty() ? "expected a file path, found an empty one" : std::string();
      },
      "PATH", kOutputValidator);
  return validator;
}

void write_stdout(std::string_view bytes) {
  const std::size_t written = std::fwrite(bytes.data(), 1, bytes.size(), stdout);
  const bool flushed = std::fflush(stdout) == 0;
  if (written != bytes.size() || !flushed || std::ferror(stdout)) {
    const int error = errno;
    std::clearerr(stdout);
    throw std::runtime_error(std::string("cannot write standard output: ") +
                             (error != 0 ? std::strerror(error) : "write failed"));
  }
}

void Outputs::add(std::string_view bytes, const std::string& path, sim::FileAccess access) {
  pending_.push_back({std::string(bytes), path, access});
}

void Outputs::add_new(std::string_view bytes, const std::string& path, sim::FileAccess access) {
  pending_.push_back({std::string(bytes), path, access, true});
}

void Outputs::commit() {
  std::vector<sim::StagedOutput> staged;
  std::vector<bool> new_only;
  staged.reserve(pending_.size());
  for (const Pending& p : pending_) {
    if (p.path.empty() || p.path == "-") continue;
    staged.emplace_back(p.path, p.bytes, p.access);
    new_only.push_back(p.new_only);
  }
  for (const Pending& p : pending_) {
    if (p.path.empty() || p.path == "-") write_stdout(p.bytes);
  }
  std::vector<std::string> created;  // new files put in place, removed if a later one fails
  for (std::size_t i = 0; i < staged.size(); ++i) {
    if (!new_only[i]) {
      staged[i].commit();
      continue;
    }
    try {
      staged[i].commit_new();
    } catch (...) {
      for (const std::string& path : created) ::unlink(path.c_str());
      throw;
    }
    created.push_back(staged[i].path());
  }
  pending_.clear();
}

void emit(std::string_view bytes, const std::string& path) {
  Outputs outputs;
  outputs.add(bytes, path);
  outputs.commit();
}

namespace {

bool is_output(const CLI::Option* opt) {
  try {
    const_cast<CLI::Option*>(opt)->get_validator(kOutputValidator);
    return true;
  } catch (const CLI::OptionNotFound&) {
    return false;
  }
}

std::string option_name(const CLI::Option* opt) {
  if (!opt->get_lnames().empty()) return "--" + opt->get_lnames().front();
  if (!opt->get_snames().empty()) return "-" + opt->get_snames().front();
  return opt->get_name();
}

// Whether \p a and \p b name the same file: the same existing file, or the same path once
// made absolute and normal.
bool same_file(const std::string& a, const std::string& b) {
  namespace fs = std::filesystem;
  std::error_code error;
  if (fs::equivalent(a, b, error) && !error) return true;
  error.clear();
  const fs::path ca = fs::weakly_canonical(fs::absolute(a, error), error);
  if (error) return a == b;
  const fs::path cb = fs::weakly_canonical(fs::absolute(b, error), error);
  if (error) return a == b;
  return ca == cb;
}

bool is_stream(const std::string& path) {
  return path.empty() || path == "-";
}

// Whether writing to \p path is harmless to repeat or to share (a device or a pipe: writing
// there replaces nothing).
bool is_special(const std::string& path) {
  struct stat info {};
  return ::stat(path.c_str(), &info) == 0 && (S_ISCHR(info.st_mode) || S_ISFIFO(info.st_mode));
}

}  // namespace

void check_outputs(const CLI::App& cmd) {
  std::vector<std::pair<std::string, std::string>> outputs;  // option, path
  std::vector<std::pair<std::string, std::string>> inputs;
  for (const CLI::Option* opt : cmd.get_options()) {
    if (opt->count() == 0 || opt->get_expected_max() == 0 || opt->get_type_size() == 0) continue;
    const bool output = is_output(opt);
    for (std::string value : opt->results()) {
      if (output) {
        if (!is_stream(value)) outputs.emplace_back(option_name(opt), value);
        continue;
      }
      if (value.rfind("csv:", 0) == 0) value = value.substr(4);
      std::error_code error;
      if (!value.empty() && std::filesystem::is_regular_file(value, error)) {
        inputs.emplace_back(option_name(opt), value);
      }
    }
  }
  for (std::size_t i = 0; i < outputs.size(); ++i) {
    const auto& [name, path] = outputs[i];
    for (std::size_t j = i + 1; j < outputs.size(); ++j) {
      if (same_file(path, outputs[j].second) && !is_special(path)) {
        throw InputError("(command line)", outputs[j].first, "output",
                         "a file other than " + name +
                             "'s (each output is written whole, one would "
                             "replace the other)",
                         outputs[j].second);
      }
    }
    for (const auto& [input_name, input_path] : inputs) {
      if (same_file(path, input_path)) {
        throw InputError(
            "(command line)", name, "output",
            "a file other than the input " + input_name + " (writing it would destroy the input)",
            path);
      }
    }
  }
}

}  // namespace bailiff::cli
