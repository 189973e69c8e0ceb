// The only C++ in the program: ctemplate behind the C interface of template_fill.h.
#include "fill/template_fill.h"

#include "fill/name_set.h"

#include <ctemplate/template.h>
#include <ctemplate/template_cache.h>
#include <ctemplate/template_dictionary.h>

#include <cstdlib>
#include <cstring>
#include <new>
#include <string>
#include <sys/stat.h>

struct wr_tpl_dict {
    ctemplate::TemplateDictionary *dict;
    bool is_root;
    wr_tpl_names *record;  // where every name set here goes (wr_tpl_dict_record); borrowed
    // Section wrappers handed out to C, freed with the root.
    struct child_list *children;
    // Dictionaries that receive every value, section and include set here as well
    // (wr_tpl_dict_mirror); owned by their own roots.
    ctemplate::TemplateDictionary **mirrors;
    size_t mirror_count;
};

struct child_list {
    wr_tpl_dict *item;
    child_list *next;
};

extern "C" wr_tpl_dict *wr_tpl_dict_new(void)
{
    wr_tpl_dict *d = new (std::nothrow) wr_tpl_dict;
    if (!d)
        return nullptr;
    d->dict = new (std::nothrow) ctemplate::TemplateDictionary("wijkrapport");
    if (!d->dict) {
        delete d;
        return nullptr;
    }
    d->is_root = true;
    d->record = nullptr;
    d->children = nullptr;
    d->mirrors = nullptr;
    d->mirror_count = 0;
    return d;
}

extern "C" void wr_tpl_dict_free(wr_tpl_dict *d)
{
    if (!d)
        return;
    for (child_list *c = d->children; c;) {
        child_list *next = c->next;
        wr_tpl_dict_free(c->item);
        delete c;
        c = next;
    }
    if (d->is_root)
        delete d->dict;  // owns the section dictionaries
    delete[] d->mirrors;
    delete d;
}

// Records a name in the list given to wr_tpl_dict_record (which remembers a failure).
static void note(wr_tpl_dict *d, wr_tpl_kind kind, const char *name)
{
    if (d->record)
        wr_tpl_names_add(d->record, kind, name);
}

extern "C" void wr_tpl_dict_record(wr_tpl_dict *d, wr_tpl_names *names)
{
    d->record = names;
}

extern "C" void wr_tpl_dict_set(wr_tpl_dict *d, const char *name, const char *value)
{
    note(d, WR_TPL_VALUE, name);
    d->dict->SetValue(name, value ? value : "");
    for (size_t i = 0; i < d->mirror_count; i++)
        d->mirrors[i]->SetValue(name, value ? value : "");
}

// Wraps a section or include dictionary of d for C, with the same one made in each of
// d's mirrors. A wrapper is freed by the wrapper it came from; ctemplate's dictionaries
// themselves belong to their root dictionaries.
static wr_tpl_dict *adopt(wr_tpl_dict *d,
                          ctemplate::TemplateDictionary *(*make)(ctemplate::TemplateDictionary *, const char *),
                          const char *name)
{
    wr_tpl_dict *child = new (std::nothrow) wr_tpl_dict;
    child_list *link = new (std::nothrow) child_list;
    ctemplate::TemplateDictionary **mirrors =
        d->mirror_count ? new (std::nothrow) ctemplate::TemplateDictionary *[d->mirror_count] : nullptr;
    if (!child || !link || (d->mirror_count && !mirrors)) {
        delete child;
        delete link;
        delete[] mirrors;
        return nullptr;
    }
    child->dict = make(d->dict, name);
    child->is_root = false;
    child->record = d->record;
    child->children = nullptr;
    for (size_t i = 0; i < d->mirror_count; i++)
        mirrors[i] = make(d->mirrors[i], name);
    child->mirrors = mirrors;
    child->mirror_count = d->mirror_count;
    link->item = child;
    link->next = d->children;
    d->children = link;
    return child;
}

extern "C" wr_tpl_dict *wr_tpl_dict_add_section(wr_tpl_dict *d, const char *name)
{
    note(d, WR_TPL_SECTION, name);
    return adopt(d, [](ctemplate::TemplateDictionary *p, const char *n) { return p->AddSectionDictionary(n); }, name);
}

extern "C" void wr_tpl_dict_show_section(wr_tpl_dict *d, const char *name)
{
    note(d, WR_TPL_SECTION, name);
    d->dict->ShowSection(name);
    for (size_t i = 0; i < d->mirror_count; i++)
        d->mirrors[i]->ShowSection(name);
}

extern "C" wr_tpl_dict *wr_tpl_dict_include(wr_tpl_dict *d, const char *name, const char *filename)
{
    note(d, WR_TPL_INCLUDE, name);
    wr_tpl_dict *child =
        adopt(d, [](ctemplate::TemplateDictionary *p, const char *n) { return p->AddIncludeDictionary(n); }, name);
    if (child) {
        child->dict->SetFilename(filename);
        for (size_t i = 0; i < child->mirror_count; i++)
            child->mirrors[i]->SetFilename(filename);
    }
    return child;
}

extern "C" bool wr_tpl_dict_mirror(wr_tpl_dict *d, wr_tpl_dict *const *others, size_t count)
{
    ctemplate::TemplateDictionary **mirrors = count ? new (std::nothrow) ctemplate::TemplateDictionary *[count] : nullptr;
    if (count && !mirrors)
        return false;
    for (size_t i = 0; i < count; i++)
        mirrors[i] = others[i]->dict;
    delete[] d->mirrors;
    d->mirrors = mirrors;
    d->mirror_count = count;
    return true;
}

extern "C" wr_status wr_tpl_expand(const char *template_dir, const char *template_name, wr_tpl_dict *d, char **out,
                                   size_t *out_len, wr_error *err)
{
    *out = nullptr;
    std::string path = std::string(template_dir) + "/" + template_name;
    struct stat sb;
    if (stat(path.c_str(), &sb) != 0)
        return wr_error_set(err, WR_ERR_CONFIG, "Het sjabloon %s bestaat niet.", path.c_str());
    std::string output;
    try {
        ctemplate::TemplateCache cache;
        cache.SetTemplateRootDirectory(template_dir);
        if (!cache.ExpandWithData(template_name, ctemplate::DO_NOT_STRIP, d->dict, nullptr, &output))
            return wr_error_set(err, WR_ERR_CONFIG,
                                "Het sjabloon %s kan niet worden ingevuld: controleer de {{...}}-codes "
                                "(elke {{#sectie}} moet met {{/sectie}} worden gesloten).", path.c_str());
    } catch (const std::bad_alloc &) {
        return wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen bij het invullen van het sjabloon.");
    }
    char *copy = static_cast<char *>(std::malloc(output.size() + 1));
    if (!copy)
        return wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen bij het invullen van het sjabloon.");
    std::memcpy(copy, output.data(), output.size());
    copy[output.size()] = '\0';
    *out = copy;
    if (out_len)
        *out_len = output.size();
    return WR_OK;
}
