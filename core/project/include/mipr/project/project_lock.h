// One writer per project (issue 15, defect 3): a command or window that changes a project holds
// its writer lock, an advisory lock on `<project>/.mipr-lock` that the operating system releases
// when the process ends however it ends (kill -9 included), so a stale lock cannot block anyone.
// The file also says who holds it, for the message the next writer gets.
#pragma once

#include <chrono>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

namespace mipr::project {

class ProjectLock {
public:
    static constexpr const char* kFileName = ".mipr-lock";
    /// A second, short lock serialising the saving of reviewers' edits (held for milliseconds,
    /// across processes): decisions need no writer lock, but two edits of one image must not
    /// pick the same file name at once.
    static constexpr const char* kEditFileName = ".mipr-edit-lock";
    /// One studio per project (issue 18): the lock a studio holds while it has a project open
    /// for writing, beside (not instead of) the writer lock its runs and imports take.
    static constexpr const char* kStudioFileName = ".mipr-studio-lock";
    /// Ends the message a writer gets on a project it may not write.
    static constexpr const char* kReadersStillWork =
        "what only reads it still works (mipr info, check, export, review --list; browsing in the studio)";

    /// Takes the writer lock of the project in `root` for `holder` (what the user would
    /// recognise: "mipr run", "MIPR Studio"). Within one process the lock is shared: a second
    /// acquire on the same project (a worker's connection) succeeds. Throws mipr::InputError
    /// naming the lock file and its holder when another process holds it.
    static ProjectLock acquire(const std::filesystem::path& root, const std::string& holder);

    /// Takes the edit lock (kEditFileName), waiting up to 10 s for another process's edit to be
    /// saved. Throws mipr::InputError as acquire() does.
    static ProjectLock acquire_for_edit(const std::filesystem::path& root, const std::string& holder);

    /// Takes the studio lock (kStudioFileName) for `holder`, without waiting. Returns nullopt when
    /// a studio in another process holds it, with `*other` set to who that is ("MIPR Studio
    /// (process 4242 on ws-3, since …)"). Throws mipr::InputError when the lock file cannot be
    /// written (a read-only project) or locked for another reason.
    static std::optional<ProjectLock> try_acquire_studio(const std::filesystem::path& root,
                                                         const std::string& holder, std::string* other);

    /// Who holds the lock of the project in `root` as its file says ("" when nobody has
    /// written it); a hint for messages, not a test of whether it is held.
    static std::string holder_of(const std::filesystem::path& root);

    ProjectLock(ProjectLock&&) noexcept;
    ProjectLock& operator=(ProjectLock&&) noexcept;
    ~ProjectLock();

    struct State;

private:
    explicit ProjectLock(std::shared_ptr<State> state);
    static ProjectLock acquire_file(const std::filesystem::path& root, const char* name,
                                    const std::string& holder, std::chrono::milliseconds wait);
    static std::string holder_in(const std::filesystem::path& file);
    std::shared_ptr<State> state_;
};

}  // namespace mipr::project
