// One writer per project (issue 15, defect 3): a command or window that changes a project holds
// its writer lock, an advisory lock on `<project>/.mipr-lock` that the operating system releases
// when the process ends however it ends (kill -9 included), so a stale lock cannot block anyone.
// The file also says who holds it, for the message the next writer gets.
#pragma once

#include <filesystem>
#include <memory>
#include <string>

namespace mipr::project {

class ProjectLock {
public:
    static constexpr const char* kFileName = ".mipr-lock";

    /// Takes the writer lock of the project in `root` for `holder` (what the user would
    /// recognise: "mipr run", "MIPR Studio"). Within one process the lock is shared: a second
    /// acquire on the same project (a worker's connection) succeeds. Throws mipr::InputError
    /// naming the lock file and its holder when another process holds it.
    static ProjectLock acquire(const std::filesystem::path& root, const std::string& holder);

    /// Who holds the lock of the project in `root` as its file says ("" when nobody has
    /// written it); a hint for messages, not a test of whether it is held.
    static std::string holder_of(const std::filesystem::path& root);

    ProjectLock(ProjectLock&&) noexcept;
    ProjectLock& operator=(ProjectLock&&) noexcept;
    ~ProjectLock();

    struct State;

private:
    explicit ProjectLock(std::shared_ptr<State> state);
    std::shared_ptr<State> state_;
};

}  // namespace mipr::project
