// minutes-parse-baseline [-j N] PATH...
//
// The parse-only floor for benchmarking `minutes`: collects *.yaml/*.yml files
// (directories walked recursively, each PATH's files in sorted order), reads
// each into a string, YAML::Load()s it, visits every node and drops the tree.
// No schema checks. Prints "files=N nodes=N scalar_bytes=N failures=N" and
// exits 0; unreadable or unparsable files count as failures.

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <atomic>
#include <charconv>
#include <cstdint>
#include <cstdio>
#include <exception>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <system_error>
#include <thread>
#include <vector>

namespace fs = std::filesystem;

namespace {

struct Counts {
    std::uint64_t nodes = 0, scalar_bytes = 0;  // so the walk cannot be optimised away
};

bool is_yaml(const fs::path& p) {
    const auto ext = p.extension();
    return ext == ".yaml" || ext == ".yml";
}

// Depth-first walk over const nodes only (never Node::operator=).
void walk(const YAML::Node& node, Counts& c) {
    ++c.nodes;
    switch (node.Type()) {
    case YAML::NodeType::Scalar:
        c.scalar_bytes += node.Scalar().size();
        break;
    case YAML::NodeType::Sequence:
        for (const auto& child : node) walk(child, c);
        break;
    case YAML::NodeType::Map:
        for (const auto& kv : node) {
            walk(kv.first, c);
            walk(kv.second, c);
        }
        break;
    default:  // Null, Undefined
        break;
    }
}

bool read_file(const fs::path& p, std::string& out) {
    std::ifstream in(p, std::ios::binary | std::ios::ate);
    const std::streamoff size = in ? static_cast<std::streamoff>(in.tellg()) : -1;
    if (size < 0) return false;
    out.resize(static_cast<std::size_t>(size));
    in.seekg(0);
    return static_cast<bool>(in.read(out.data(), size));
}

std::vector<fs::path> collect(const std::vector<std::string>& args) {
    std::vector<fs::path> files;
    for (const auto& arg : args) {
        std::error_code ec;
        if (fs::is_directory(arg, ec)) {
            std::vector<fs::path> found;
            for (fs::recursive_directory_iterator it(arg, ec), end; !ec && it != end;
                 it.increment(ec)) {
                if (it->is_regular_file(ec) && is_yaml(it->path())) found.push_back(it->path());
            }
            if (ec) std::fprintf(stderr, "warning: %s: %s\n", arg.c_str(), ec.message().c_str());
            std::sort(found.begin(), found.end());
            files.insert(files.end(), found.begin(), found.end());
        } else {
            files.emplace_back(arg);  // a plain file (or a missing one: counted as a failure)
        }
    }
    return files;
}

int usage(std::FILE* to, const char* argv0, int rc) {
    std::fprintf(to, "usage: %s [-j N] PATH...\n", argv0);
    return rc;
}

}  // namespace

int main(int argc, char** argv) {
    unsigned jobs = 1;
    std::vector<std::string> paths;
    for (int i = 1; i < argc; ++i) {
        const std::string_view a = argv[i];
        if (a == "-h" || a == "--help") return usage(stdout, argv[0], 0);
        if (a.starts_with("-j")) {  // "-j N" or "-jN"
            const std::string_view num = a.size() > 2 ? a.substr(2) : (i + 1 < argc ? argv[++i] : "");
            const auto [end, ec] = std::from_chars(num.data(), num.data() + num.size(), jobs);
            if (ec != std::errc{} || end != num.data() + num.size() || jobs == 0) {
                std::fprintf(stderr, "error: -j needs a positive integer\n");
                return 2;
            }
        } else if (a.size() > 1 && a[0] == '-') {
            return usage(stderr, argv[0], 2);
        } else {
            paths.emplace_back(a);
        }
    }
    if (paths.empty()) return usage(stderr, argv[0], 2);

    const std::vector<fs::path> files = collect(paths);
    std::atomic<std::size_t> next{0};
    std::atomic<std::uint64_t> nodes{0}, scalar_bytes{0}, failures{0};

    auto worker = [&] {
        Counts c;
        std::uint64_t failed = 0;
        std::string text;
        for (std::size_t i; (i = next.fetch_add(1, std::memory_order_relaxed)) < files.size();) {
            try {
                if (!read_file(files[i], text)) throw std::runtime_error("unreadable");
                walk(YAML::Load(text), c);
            } catch (const std::exception&) {  // unreadable file, YAML::Exception, bad_alloc
                ++failed;
            }
        }
        nodes += c.nodes;
        scalar_bytes += c.scalar_bytes;
        failures += failed;
    };

    const unsigned n = std::max(1u, std::min<unsigned>(jobs, static_cast<unsigned>(files.size())));
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < n; ++t) pool.emplace_back(worker);
    worker();  // the main thread is one of the N workers
    for (auto& t : pool) t.join();

    std::printf("files=%zu nodes=%llu scalar_bytes=%llu failures=%llu\n", files.size(),
                static_cast<unsigned long long>(nodes.load()),
                static_cast<unsigned long long>(scalar_bytes.load()),
                static_cast<unsigned long long>(failures.load()));
    return 0;
}
