package dk.livsmester.local;

import java.util.List;
import java.util.Map;

/**
 * The local OpenID provider's own pages, in Danish and English: the demo-person picker (one button per person, grouped
 * by role), the page for a sign-in that cannot go on, and the signed-out page. Plain HTML on the site's own Det Fælles
 * Designsystem styles; no script.
 */
final class SignInPages {
    static final List<String> ROLE_ORDER = List.of("citizen", "contact-person", "team", "coordinator", "finance", "guide", "auditor", "admin");

    private static final Map<String, String[]> TEXT = Map.ofEntries(
            Map.entry("skip", new String[]{"Gå til sidens indhold", "Skip to main content"}),
            Map.entry("tagline", new String[]{"Prøve-login på din egen computer", "Demo sign-in on your own computer"}),
            Map.entry("chooseLanguage", new String[]{"Vælg sprog", "Choose language"}),
            Map.entry("title", new String[]{"Log ind", "Sign in"}),
            Map.entry("heading", new String[]{"Vælg, hvem du er", "Choose who you are"}),
            Map.entry("lead", new String[]{"Her kan du søge penge til din drøm, og du kan få en medborgerguide.",
                    "Here you can apply for money for your dream, and you can get a peer guide."}),
            Map.entry("demo", new String[]{"Det her er en prøveudgave. Alle personer er opdigtede. I den rigtige løsning logger "
                    + "borgere ind med MitID, og medarbejdere logger ind med kommunens login.",
                    "This is a demo. Every person is invented. In the real service citizens sign in with MitID, and staff sign "
                            + "in with the municipality's login."}),
            Map.entry("signInAs", new String[]{"Log ind som {name}", "Sign in as {name}"}),
            Map.entry("cancel", new String[]{"Annuller", "Cancel"}),
            Map.entry("errorTitle", new String[]{"Log ind kan ikke fortsætte", "Sign-in cannot continue"}),
            Map.entry("errorText", new String[]{"Gå tilbage til Livsmester, og prøv at logge ind igen.",
                    "Go back to Livsmester and try to sign in again."}),
            Map.entry("reason", new String[]{"Teknisk årsag", "Technical reason"}),
            Map.entry("back", new String[]{"Til forsiden", "To the start page"}),
            Map.entry("signedOut", new String[]{"Du er logget ud", "You are signed out"}),
            Map.entry("signedOutText", new String[]{"Du kan lukke vinduet, eller logge ind igen fra forsiden.",
                    "You can close the window, or sign in again from the start page."}),
            Map.entry("role.citizen", new String[]{"Borger", "Citizen"}),
            Map.entry("role.contact-person", new String[]{"Kontaktperson", "Contact person"}),
            Map.entry("role.team", new String[]{"Teamet", "Team"}),
            Map.entry("role.coordinator", new String[]{"Koordinator", "Coordinator"}),
            Map.entry("role.finance", new String[]{"Økonomi", "Finance"}),
            Map.entry("role.guide", new String[]{"Medborgerguide", "Peer guide"}),
            Map.entry("role.auditor", new String[]{"Revisor", "Auditor"}),
            Map.entry("role.admin", new String[]{"Administrator", "Administrator"}));

    private SignInPages() {
    }

    static String t(String key, String lang) {
        return TEXT.get(key)["en".equals(lang) ? 1 : 0];
    }

    /** The picker: a form that posts the pending request's id with the chosen person (or a cancel). */
    static String picker(String lang, String action, String requestId, List<DemoUser> users, String otherLanguageHref) {
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(esc(t("heading", lang))).append("</h1>\n")
                .append("<p class=\"font-lead\">").append(esc(t("lead", lang))).append("</p>\n")
                .append("<p class=\"form-hint\">").append(esc(t("demo", lang))).append("</p>\n")
                .append("<form method=\"post\" action=\"").append(esc(action)).append("\">\n")
                .append("<input type=\"hidden\" name=\"request\" value=\"").append(esc(requestId)).append("\">\n");
        for (String role : ROLE_ORDER) {
            List<DemoUser> people = users.stream().filter(u -> u.role().equals(role)).toList();
            if (people.isEmpty()) {
                continue;
            }
            b.append("<h2>").append(esc(t("role." + role, lang))).append("</h2>\n<ul class=\"nobullet-list sign-in-list\">\n");
            for (DemoUser u : people) {
                b.append("<li><button type=\"submit\" class=\"button button-secondary sign-in\" name=\"sub\" value=\"")
                        .append(esc(u.sub())).append("\" data-sub=\"").append(esc(u.sub())).append("\">")
                        .append(esc(t("signInAs", lang).replace("{name}", u.name()))).append("</button></li>\n");
            }
            b.append("</ul>\n");
        }
        b.append("<p><button type=\"submit\" class=\"button button-tertiary\" name=\"cancel\" value=\"1\" id=\"cancel\">")
                .append(esc(t("cancel", lang))).append("</button></p>\n</form>\n");
        return page(lang, t("title", lang), b.toString(), otherLanguageHref);
    }

    static String error(String lang, String error, String description) {
        return page(lang, t("errorTitle", lang), "<h1>" + esc(t("errorTitle", lang)) + "</h1>\n"
                + "<div class=\"alert alert-error\" role=\"alert\"><div class=\"alert-body\"><p class=\"alert-text\">"
                + esc(t("errorText", lang)) + "</p></div></div>\n"
                + "<p>" + esc(t("reason", lang)) + ": <code>" + esc(error) + "</code> " + esc(description) + "</p>\n"
                + "<p><a href=\"/index.html\">" + esc(t("back", lang)) + "</a></p>\n", null);
    }

    static String signedOut(String lang) {
        return page(lang, t("signedOut", lang), "<h1>" + esc(t("signedOut", lang)) + "</h1>\n<p>" + esc(t("signedOutText", lang))
                + "</p>\n<p><a href=\"/index.html\">" + esc(t("back", lang)) + "</a></p>\n", null);
    }

    private static String page(String lang, String title, String main, String otherLanguageHref) {
        String other = "en".equals(lang) ? "da" : "en";
        String switcher = otherLanguageHref == null ? "" : "<div class=\"language-switcher\"><div class=\"container\">\n"
                + "<ul aria-label=\"" + esc(t("chooseLanguage", lang)) + "\"><li><a href=\"" + esc(otherLanguageHref)
                + "\" id=\"switch-language\" lang=\"" + other + "\" hreflang=\"" + other + "\">" + icon("language") + ("en".equals(other) ? "English" : "Dansk")
                + "</a></li></ul>\n</div></div>\n";
        // body[data-ready] is what the browser tests wait for on every page of the site.
        return "<!doctype html>\n<html lang=\"" + ("en".equals(lang) ? "en" : "da") + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + esc(title) + " – Livsmester</title>\n"
                + "<link rel=\"stylesheet\" href=\"/vendor/dkfds/css/dkfds-borgerdk.min.css\">\n"
                + "<link rel=\"stylesheet\" href=\"/css/app.css\">\n</head>\n<body data-ready=\"true\">\n"
                + "<a class=\"skipnav\" href=\"#main-content\">" + esc(t("skip", lang)) + "</a>\n"
                + "<header class=\"header\"><div class=\"solution-info\"><div class=\"solution-info-inner container\">\n"
                + "<div class=\"solution-heading\"><a href=\"/index.html\">Livsmester</a></div>\n"
                + "<div class=\"additional-info\"><p><strong class=\"authority-name\">" + esc(t("tagline", lang)) + "</strong></p></div>\n"
                + "</div></div></header>\n" + switcher
                + "<main id=\"main-content\" class=\"container page-main\" tabindex=\"-1\">\n" + main + "</main>\n</body>\n</html>\n";
    }

    /** The design system's icon, as the site's own pages draw it (layout.js). */
    private static String icon(String name) {
        return "<svg class=\"icon-svg\" focusable=\"false\" aria-hidden=\"true\"><use href=\"/vendor/dkfds/img/all-svg-icons.svg#"
                + name + "\"></use></svg>";
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
