#include "AppMetaReader.h"

#include "stages/start/PackageInspector.h"

#include <QLocale>
#include <QXmlStreamReader>

namespace o365
{

namespace
{

const QString kAps1Namespace = QStringLiteral("http://apstandard.com/ns/1");
const QString kAps2Namespace = QStringLiteral("http://aps-standard.org/ns/2");
constexpr int kMaxFieldLength = 256;

QString field(const QString& text)
{
    return text.simplified().left(kMaxFieldLength);
}

} // namespace

// Reads the direct children <version>, <release>, <id>, <name> of the root element (APS 1 or APS 2;
// namespaces are ignored). A document type declaration stops the reading before any entity it
// declares could be used, so nothing is ever expanded. The messages keep PackageInspector's
// translation context: they are part of what the inspection reports.
void AppMetaReader::read(const QByteArray& xml, const QString& shown, PackageInfo* info)
{
    QXmlStreamReader reader(xml);
    reader.setEntityExpansionLimit(256);
    int depth = 0;
    bool sawRoot = false;
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::DTD) {
            info->version.clear();
            info->release.clear();
            info->appId.clear();
            info->appName.clear();
            info->warnings
                << PackageInspector::tr(
                       "APP-META.xml in %1 contains a document type declaration (DOCTYPE), which the vendor's file "
                       "does not have, so it was not read and the package version is unknown. Download the package "
                       "again from the vendor.")
                       .arg(shown);
            return;
        }
        if (token == QXmlStreamReader::StartElement) {
            ++depth;
            if (depth == 1) {
                sawRoot = true;
                const QString ns = reader.namespaceUri().toString();
                if (ns != kAps1Namespace && ns != kAps2Namespace) {
                    info->warnings
                        << PackageInspector::tr(
                               "APP-META.xml in %1 does not use an APS namespace (%2 or %3); the version shown may "
                               "not be the package's.")
                               .arg(shown, kAps1Namespace, kAps2Namespace);
                }
            } else if (depth == 2) {
                const QStringView name = reader.name();
                QString* target = nullptr;
                if (name == QLatin1String("version"))
                    target = &info->version;
                else if (name == QLatin1String("release"))
                    target = &info->release;
                else if (name == QLatin1String("id"))
                    target = &info->appId;
                else if (name == QLatin1String("name"))
                    target = &info->appName;
                if (target && target->isEmpty()) {
                    const QString text = reader.readElementText(QXmlStreamReader::SkipChildElements);
                    --depth; // readElementText consumed the end element
                    if (!reader.hasError())
                        *target = field(text);
                }
            }
        } else if (token == QXmlStreamReader::EndElement) {
            --depth;
        }
    }
    if (reader.hasError()) {
        // The multi-argument arg keeps a path containing "%2" intact.
        info->warnings
            << PackageInspector::tr(
                   "APP-META.xml in %1 is not well-formed XML (line %2: %3); the package version may be missing.")
                   .arg(shown, QLocale().toString(reader.lineNumber()), reader.errorString());
    } else if (sawRoot && info->version.isEmpty()) {
        info->warnings << PackageInspector::tr(
                              "APP-META.xml in %1 has no <version> element, so the package version is unknown.")
                              .arg(shown);
    }
}

} // namespace o365
