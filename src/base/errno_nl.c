#include "base/errno_nl.h"

#include <errno.h>
#include <stdio.h>

const char *wr_errno_text(int errnum)
{
    switch (errnum) {
    case 0: return "onbekende oorzaak";
    case ENOENT: return "het bestand of de map bestaat niet";
    case EACCES:
    case EPERM: return "geen toestemming";
    case ENOSPC: return "de schijf is vol";
    case EDQUOT: return "de toegestane schijfruimte is op";
    case EFBIG: return "het bestand wordt te groot";
    case EROFS: return "de schijf is alleen-lezen";
    case EISDIR: return "dit is een map, geen bestand";
    case ENOTDIR: return "een deel van het pad is geen map";
    case EEXIST: return "er bestaat al iets met die naam";
    case ENOTEMPTY: return "de map is niet leeg";
    case ENAMETOOLONG: return "de naam is te lang";
    case ELOOP: return "te veel symbolische koppelingen in het pad";
    case EMFILE:
    case ENFILE: return "te veel bestanden tegelijk geopend";
    case EIO: return "lees- of schrijffout van de schijf";
    case ENOMEM: return "onvoldoende geheugen";
    case EBUSY:
    case ETXTBSY: return "het bestand is in gebruik";
    case EAGAIN: return "tijdelijk niet beschikbaar";
    case EXDEV: return "de mappen staan op verschillende schijven";
    case EINVAL: return "deze bewerking kan hier niet";
    case ESTALE: return "het netwerkbestand is niet meer bereikbaar";
    case ETIMEDOUT: return "de verbinding duurde te lang";
    case ENODEV:
    case ENXIO: return "het apparaat bestaat niet";
    case EBADF: return "het bestand is niet (meer) geopend";
    case EINTR: return "onderbroken";
    case ENOTSUP: return "dit bestandssysteem ondersteunt deze bewerking niet";
    }
    static _Thread_local char buf[32];
    snprintf(buf, sizeof buf, "systeemfout %d", errnum);
    return buf;
}
