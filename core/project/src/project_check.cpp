// The project's integrity (see Project::check in project.h): what check() counts as damage, and
// the leftovers of interrupted writes that it does not (temporaries, files no record refers to).
#include "mipr/project/project.h"

#include <algorithm>
#include <set>
#include <string>
#include <system_error>
#include <vector>

#include "mipr/common/error.h"
#include "project_impl.h"
#include "sqlite_util.h"

namespace fs = std::filesystem;

namespace mipr::project {

using detail::from_db;

std::vector<fs::path> Project::leftover_temporaries() const {
    std::vector<fs::path> out;
    std::error_code ec;
    for (const char* sub : {"masks", "generated", "models"}) {
        for (fs::recursive_directory_iterator it(impl_->root / sub, ec), end; !ec && it != end;
             it.increment(ec)) {
            const std::string name = it->path().filename().string();
            if (name.starts_with(".") && name.find(".tmp-") != std::string::npos && it->is_regular_file(ec))
                out.push_back(it->path());
        }
        ec.clear();
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<fs::path> Project::unreferenced_files() const {
    std::set<fs::path> referenced;
    {
        auto q = impl_->stmt("SELECT path FROM masks");
        while (q.step())
            if (impl_->containment_problem(q.text(0)).empty())
                referenced.insert(impl_->absolute_from_db(q.text(0)));
    }
    {
        auto q = impl_->stmt("SELECT generated_path FROM pairs WHERE generated_path IS NOT NULL");
        while (q.step())
            if (impl_->containment_problem(q.text(0)).empty())
                referenced.insert(impl_->absolute_from_db(q.text(0)));
    }
    // masks/ is flat; the pipeline may group generated images in subfolders. Hidden files and
    // folders are atomic writes (leftover_temporaries), not counted here.
    std::vector<fs::path> out;
    std::error_code ec;
    for (fs::directory_iterator it(impl_->root / "masks", ec), end; !ec && it != end; it.increment(ec)) {
        const fs::path p = it->path().lexically_normal();
        if (!it->is_regular_file(ec) || p.filename().string().starts_with(".")) continue;
        if (!referenced.contains(p)) out.push_back(p);
    }
    ec.clear();
    for (fs::recursive_directory_iterator it(impl_->root / "generated", ec), end; !ec && it != end;
         it.increment(ec)) {
        const fs::path p = it->path().lexically_normal();
        if (p.filename().string().starts_with(".")) {
            if (it->is_directory(ec)) it.disable_recursion_pending();
            continue;
        }
        if (!it->is_regular_file(ec)) continue;
        if (!referenced.contains(p)) out.push_back(p);
    }
    std::sort(out.begin(), out.end());
    return out;
}

int Project::remove_leftover_temporaries() {
    int removed = 0;
    std::error_code ec;
    for (const auto& p : leftover_temporaries())
        if (fs::remove(p, ec)) ++removed;
    return removed;
}

std::vector<std::string> Project::check() const {
    std::vector<std::string> out;
    const std::string db = impl_->db_file.string();
    try {
        auto q = impl_->stmt("PRAGMA integrity_check");
        while (q.step())
            if (q.text(0) != "ok") out.push_back(db + ": " + q.text(0));

        auto fk = impl_->stmt("PRAGMA foreign_key_check");
        while (fk.step())
            out.push_back(db + ": row " + fk.text(1) + " of table " + fk.text(0) + " refers to a missing " +
                          fk.text(2) + " row");

        std::error_code ec;
        auto images = impl_->stmt("SELECT name, path FROM images ORDER BY name");
        while (images.step()) {
            const fs::path p = from_db(images.text(1));
            if (const auto why = Impl::image_problem(images.text(0), p); !why.empty()) {
                out.push_back(db + ": image \"" + images.text(0) + "\" (" + p.string() + "): " + why);
                continue;
            }
            if (!fs::is_regular_file(p, ec))
                out.push_back("image " + images.text(0) + ": source file " + p.string() + " is missing");
        }

        auto masks = impl_->stmt(
            "SELECT masks.id, masks.kind, masks.path, images.name FROM masks "
            "LEFT JOIN images ON images.id = masks.image_id ORDER BY images.name, masks.id");
        while (masks.step()) {
            if (const auto why = impl_->containment_problem(masks.text(2)); !why.empty()) {
                out.push_back(db + ": " + masks.text(1) + " mask " + masks.text(0) + " of image " +
                              masks.text(3) + " names the file \"" + masks.text(2) + "\", " + why);
                continue;
            }
            const fs::path p = impl_->absolute_from_db(masks.text(2));
            if (!fs::is_regular_file(p, ec))
                out.push_back("image " + masks.text(3) + ": " + masks.text(1) + " mask " + masks.text(0) +
                              " file " + p.string() + " is missing");
        }

        auto models = impl_->stmt("SELECT kind, version, path FROM models ORDER BY kind, version");
        while (models.step()) {
            if (const auto why = impl_->containment_problem(models.text(2)); !why.empty()) {
                out.push_back(db + ": model " + models.text(0) + " v" + models.text(1) +
                              " names the file \"" + models.text(2) + "\", " + why);
                continue;
            }
            const fs::path p = impl_->absolute_from_db(models.text(2));
            if (!fs::exists(p, ec))
                out.push_back("model " + models.text(0) + " v" + models.text(1) + ": file " + p.string() +
                              " is missing");
        }

        // Files no record refers to are not damage but leftovers of an interrupted write (a file
        // is written before its record commits): unreferenced_files() lists them.
        impl_->check_pairs(out);
    } catch (const InputError& e) {
        out.push_back(e.what());
    }
    return out;
}

}  // namespace mipr::project
