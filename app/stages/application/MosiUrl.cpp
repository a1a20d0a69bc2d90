#include "MosiUrl.h"

#include <QRegularExpression>
#include <QUrl>

namespace o365 {

namespace {

const QString kEndpoint = QStringLiteral("HTTPEndpoint.aspx");

GatewayUrl failed(GatewayUrl::Error e, const QString& message)
{
    GatewayUrl u;
    u.error = e;
    u.message = message;
    return u;
}

bool isAscii(const QString& s)
{
    for (QChar c : s) {
        if (c.unicode() > 0x7f)
            return false;
    }
    return true;
}

} // namespace

QString GatewayUrl::errorKey(Error e)
{
    switch (e) {
    case NoError: return QStringLiteral("ok");
    case Empty: return QStringLiteral("empty");
    case ContainsWhitespace: return QStringLiteral("whitespace");
    case Malformed: return QStringLiteral("malformed");
    case MissingScheme: return QStringLiteral("missingScheme");
    case NotHttps: return QStringLiteral("notHttps");
    case UserInfo: return QStringLiteral("userInfo");
    case NoHost: return QStringLiteral("noHost");
    case IdnHost: return QStringLiteral("idnHost");
    case InvalidHost: return QStringLiteral("invalidHost");
    case QueryOrFragment: return QStringLiteral("queryOrFragment");
    case NoApplicationSegment: return QStringLiteral("noApplication");
    case NestedApplication: return QStringLiteral("nestedApplication");
    case MissingFileName: return QStringLiteral("missingFileName");
    case WrongFileName: return QStringLiteral("wrongFileName");
    }
    return {};
}

GatewayUrl GatewayUrl::parseMosiConnectorUrl(const QString& text) { return parse(text, kEndpoint); }

GatewayUrl GatewayUrl::parseDispatcherUrl(const QString& text) { return parse(text, QString()); }

GatewayUrl GatewayUrl::parse(const QString& input, const QString& requiredFile)
{
    const QString text = input.trimmed();
    const QString example = requiredFile.isEmpty()
                                ? QStringLiteral("https://gateway.example.com/O365Dispatcher/")
                                : QStringLiteral("https://gateway.example.com/O365Gateway/HTTPEndpoint.aspx");
    if (text.isEmpty())
        return failed(Empty, tr("Enter the URL, for example %1.").arg(example));

    // Unicode-aware, and on the percent-decoded text too: a no-break space copied from a web page
    // (U+00A0, %C2%A0) or an encoded line break is a space as much as " " and %20 are.
    static const QRegularExpression whitespace(QStringLiteral("\\s"), QRegularExpression::UseUnicodePropertiesOption);
    if (whitespace.match(text).hasMatch() || whitespace.match(QUrl::fromPercentEncoding(text.toUtf8())).hasMatch())
        return failed(ContainsWhitespace,
                      tr("The URL contains a space. Copy the value again from the control panel: host and "
                         "application names never contain spaces."));

    static const QRegularExpression schemeRe(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*)://"));
    const auto schemeMatch = schemeRe.match(text);
    if (!schemeMatch.hasMatch())
        return failed(MissingScheme, tr("The URL must start with https://, for example %1.").arg(example));
    const QString scheme = schemeMatch.captured(1).toLower();
    if (scheme != QLatin1String("https"))
        return failed(NotHttps, tr("The URL must use https://, not %1://. The Office 365 Gateway is only reached "
                                   "over HTTPS.")
                                    .arg(scheme));

    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return failed(Malformed, tr("This is not a valid URL (%1). Copy the value again from the control panel.")
                                     .arg(url.errorString()));
    if (!url.userInfo().isEmpty())
        return failed(UserInfo, tr("Remove the user name or password from the URL: the KB's URL has the form %1.")
                                    .arg(example));

    // Look at the host as it was written: QUrl would silently convert an IDN to its ACE form.
    static const QRegularExpression authorityRe(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*://([^/?#]*)"));
    QString writtenHost = authorityRe.match(text).captured(1);
    const int at = writtenHost.lastIndexOf(QLatin1Char('@'));
    if (at >= 0)
        writtenHost = writtenHost.mid(at + 1);
    if (!writtenHost.startsWith(QLatin1Char('['))) {
        const int colon = writtenHost.lastIndexOf(QLatin1Char(':'));
        if (colon >= 0)
            writtenHost = writtenHost.left(colon);
    }
    if (writtenHost.isEmpty() || url.host().isEmpty())
        return failed(NoHost, tr("The URL has no host name. It should look like %1.").arg(example));
    if (!isAscii(writtenHost)) {
        const QString ace = QString::fromLatin1(QUrl::toAce(writtenHost));
        return failed(IdnHost,
                      ace.isEmpty()
                          ? tr("The host name \"%1\" contains non-ASCII characters that cannot be converted for DNS.")
                                .arg(writtenHost)
                          : tr("The host name \"%1\" contains non-ASCII characters. IIS bindings and certificates "
                               "use its ASCII form: enter \"%2\" instead, if that is the name configured in PA.")
                                .arg(writtenHost, ace));
    }
    static const QRegularExpression hostRe(QStringLiteral(
        "^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\.?$"));
    const bool bracketedIp = writtenHost.startsWith(QLatin1Char('['));
    if (!bracketedIp && !hostRe.match(writtenHost).hasMatch())
        return failed(InvalidHost, tr("\"%1\" is not a valid host name.").arg(writtenHost));
    // A name whose last label is all digits is no host name (RFC 1123), and QUrl reads "2" or "1.2.3" as an IPv4
    // address ("2." it does not, so the normalized URL named another host): only a whole dotted IPv4 address may.
    static const QRegularExpression numericLabelRe(QStringLiteral("(^|\\.)[0-9]+\\.?$"));
    static const QRegularExpression dottedQuadRe(QStringLiteral("^[0-9]{1,3}(\\.[0-9]{1,3}){3}\\.?$"));
    if (!bracketedIp && numericLabelRe.match(writtenHost).hasMatch() && !dottedQuadRe.match(writtenHost).hasMatch())
        return failed(InvalidHost, tr("\"%1\" is not a valid host name.").arg(writtenHost));
    if (url.hasQuery() || url.hasFragment())
        return failed(QueryOrFragment, tr("Remove everything after \"?\" or \"#\": the URL should look like %1.")
                                           .arg(example));

    if (url.port() == 0) // QUrl accepts it, but nothing can listen there
        return failed(Malformed, tr("Port 0 cannot be connected to: remove \":0\" from the URL, or give the port the "
                                    "site is bound to in IIS."));

    QStringList segments = url.path(QUrl::FullyDecoded).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const bool trailingSlash = url.path().endsWith(QLatin1Char('/'));

    GatewayUrl u;
    u.host = url.host().toLower();
    if (u.host.endsWith(QLatin1Char('.')))
        u.host.chop(1);
    u.port = url.port(-1);

    // A last segment with a dot is a file name, unless the URL ends with '/'.
    QString file;
    if (!segments.isEmpty() && !trailingSlash && segments.constLast().contains(QLatin1Char('.')))
        file = segments.takeLast();

    if (!requiredFile.isEmpty()) {
        if (file.isEmpty() && segments.size() == 1 && segments.first().compare(requiredFile, Qt::CaseInsensitive) == 0)
            return failed(NoApplicationSegment,
                          tr("The URL names no application: between the host and %1 there must be the Office 365 "
                             "Gateway Application's name, as in %2.")
                              .arg(requiredFile, example));
        if (file.isEmpty())
            return failed(MissingFileName,
                          tr("The URL must end with /%1, as in %2.").arg(requiredFile, example));
        if (file.compare(requiredFile, Qt::CaseInsensitive) != 0)
            return failed(WrongFileName, tr("The URL ends with \"%1\", but the URL for MOSI Connector ends with "
                                            "\"%2\". Check that you copied the right setting.")
                                             .arg(file, requiredFile));
    }
    if (segments.isEmpty())
        return failed(NoApplicationSegment,
                      tr("The URL names no application: after the host there must be the application's name, as "
                         "in %1.")
                          .arg(example));
    if (segments.size() > 1)
        return failed(NestedApplication,
                      tr("The URL has %1 path segments before the file (\"%2\"), but the KB's form has exactly one: "
                         "the application's name, as in %3.")
                          .arg(segments.size())
                          .arg(segments.join(QLatin1Char('/')), example));

    u.error = NoError;
    u.application = segments.first();
    u.fileName = file;
    // An IPv6 address keeps its brackets in a URL.
    const QString urlHost = u.host.contains(QLatin1Char(':')) ? QLatin1Char('[') + u.host + QLatin1Char(']') : u.host;
    // Path segments percent-encoded where a URL needs it ("%7c" decodes to "|", which a strict URL may not
    // hold as it is), so the normalized URL reads back as the same application (tests/fuzz: fuzz_mosiurl).
    const auto segment = [](const QString& s) {
        return QString::fromLatin1(QUrl::toPercentEncoding(s, QByteArrayLiteral("!$&'()*+,;=:@")));
    };
    u.normalized = QStringLiteral("https://%1%2/%3/%4")
                       .arg(urlHost, u.port > 0 ? QStringLiteral(":%1").arg(u.port) : QString(), segment(u.application),
                            segment(file));
    return u;
}

} // namespace o365
