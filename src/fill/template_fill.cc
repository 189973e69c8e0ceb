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
}

// Wraps a section or include dictionary of d for C. A wrapper is freed by the wrapper it
// came from; ctemplate's dictionaries themselves belong to the root dictionary.
static wr_tpl_dict *adopt(wr_tpl_dict *d, ctemplate::TemplateDictionary *(*make)(wr_tpl_dict *, const char *),
                          const char *name)
{
    wr_tpl_dict *child = new (std::nothrow) wr_tpl_dict;
    child_list *link = new (std::nothrow) child_list;
    if (!child || !link) {
        delete child;
        delete link;
        return nullptr;
    }
    child->dict = make(d, name);
    child->is_root = false;
    child->record = d->record;
    child->children = nullptr;
    link->item = child;
    link->next = d->children;
    d->children = link;
    return child;
}

extern "C" wr_tpl_dict *wr_tpl_dict_add_section(wr_tpl_dict *d, const char *name)
{
    note(d, WR_TPL_SECTION, name);
    return adopt(d, [](wr_tpl_dict *p, const char *n) { return p->dict->AddSectionDictionary(n); }, name);
}

extern "C" void wr_tpl_dict_show_section(wr_tpl_dict *d, const char *name)
{
    note(d, WR_TPL_SECTION, name);
    d->dict->ShowSection(name);
}

extern "C" wr_tpl_dict *wr_tpl_dict_include(wr_tpl_dict *d, const char *name, const char *filename)
{
    note(d, WR_TPL_INCLUDE, name);
    wr_tpl_dict *child =
        adopt(d, [](wr_tpl_dict *p, const char *n) { return p->dict->AddIncludeDictionary(n); }, name);
    if (child)
        child->dict->SetFilename(filename);
    return child;
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
