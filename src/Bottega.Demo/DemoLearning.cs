using Bottega.Learning.Domain;
using Bottega.Learning.Features.Quizzes;
using Bottega.Learning.Objects;
using Bottega.Migrations;
using Bottega.Organizations.Domain;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Demo;

/// <summary>
/// The demo's learning offer: the federation's 128-hour digital-skills path on the Syllabus (one course per competence,
/// the first one complete with a page, a video, a document, a quiz and a link), offered by federation to the ANCI
/// programme and the RUP association; and a few courses of the other networks.
/// </summary>
internal sealed class DemoLearning(BottegaMigrationsContext db, DateTime now)
{
    public const string FirstCourseTitle = "Identità digitale e servizi online";
    public const string PathTitle = "Competenze digitali per la PA";

    // Hours per Syllabus competence, 128 in all, as the federation's path.
    private static readonly (string Code, string Title, int Hours, int Level)[] DigitalCourses =
    [
        ("4.1", FirstCourseTitle, 12, 1),
        ("1.1", "Gestire dati, informazioni e contenuti digitali", 12, 1),
        ("1.2", "Documenti informatici: formazione, firma e conservazione", 12, 2),
        ("1.3", "Open data nella pubblica amministrazione", 10, 1),
        ("2.1", "Collaborare online tra colleghi", 12, 1),
        ("2.2", "Comunicare con cittadini e imprese: PEC e domicilio digitale", 12, 2),
        ("3.1", "Sicurezza informatica: proteggere i dispositivi", 12, 1),
        ("3.2", "Protezione dei dati personali e privacy", 12, 2),
        ("4.2", "Erogare servizi online: pagoPA, app IO e accessibilità", 12, 2),
        ("5.1", "Gli obiettivi della trasformazione digitale", 12, 1),
        ("5.2", "Tecnologie emergenti: cloud e intelligenza artificiale", 10, 3),
    ];

    public async Task<int> CreateAsync(Guid? demoVideoFileId, CancellationToken cancellationToken)
    {
        var networks = await db.Set<Network>().ToDictionaryAsync(n => n.Slug, cancellationToken);
        var syllabus = await db.Set<CompetencyFramework>().SingleAsync(f => f.NetworkId == null && f.Code == "syllabus", cancellationToken);
        var competences = await db.Set<Competence>().Where(c => c.FrameworkId == syllabus.Id).ToDictionaryAsync(c => c.Code, cancellationToken);
        var federation = networks[DemoAccounts.Federation];

        var path = LearningPath.Create(federation.Id, PathTitle,
            "Il percorso di 128 ore sulle undici competenze del Syllabus, dal livello base all'avanzato.",
            "Un corso per ciascuna competenza del Syllabus *Competenze digitali per la PA*. Inizia dall'autovalutazione: ti indica i corsi utili per il tuo livello.",
            syllabus.Id, now);
        db.Add(path);
        var courses = 0;
        Course? first = null;
        var required = new List<Course>();
        foreach (var (definition, index) in DigitalCourses.Select((d, i) => (d, i)))
        {
            var course = Course.Create(federation.Id, definition.Title, now);
            course.Describe(definition.Title, $"Competenza {definition.Code} del Syllabus: {competences[definition.Code].Name.ToLowerInvariant()}.",
                $"Corso del percorso *{PathTitle}*.\n\n{competences[definition.Code].Description}", definition.Hours, definition.Level, "it",
                CourseFormat.SelfPaced, requiresApproval: false, minimumMinutes: 0, now);
            course.Competences.Add(CourseCompetence.Create(course.Id, competences[definition.Code].Id, definition.Level));
            course.Publish(now.AddDays(-30 + index));
            db.Add(course);
            db.Add(CourseOffering.Create(federation.Id, course.Id, now));
            db.Add(CourseOffering.Create(networks[DemoAccounts.Anci].Id, course.Id, now));
            db.Add(PathStep.Create(path.Id, course.Id, index + 1, required: index < 9, prerequisiteCourseId: index == 0 ? null : first!.Id));
            if (index < 9)
            {
                required.Add(course);
            }

            if (index == 0)
            {
                first = course;
                db.Add(CourseTeacher.External(course.Id, "Chiara Benassi", "Dipartimento per la trasformazione digitale"));
                AddIdentityCourseContent(course, demoVideoFileId);
            }
            else
            {
                AddOverviewContent(course, competences[definition.Code]);
            }

            courses++;
        }

        path.Publish();
        courses += AddNetworkCourses(networks);
        await AddRegionStaffProgressAsync(federation, first!, cancellationToken);
        await new DemoAwards(db, now).CreateAsync(federation, path, required, cancellationToken);
        return courses;
    }

    /// <summary>The Region's referent assigned the first course to 40 of their staff a month ago; 12 have completed it.</summary>
    private async Task AddRegionStaffProgressAsync(Network federation, Course course, CancellationToken cancellationToken)
    {
        var referentEmail = DemoAccounts.ReferentOf(DemoAccounts.Federation).ToUpperInvariant();
        var learnerEmail = DemoAccounts.Learner.ToUpperInvariant();
        var referent = await db.Users.Where(u => u.NormalizedEmail == referentEmail)
            .Select(u => u.Id).SingleAsync(cancellationToken);
        var region = await db.Set<Bottega.Identity.Domain.NetworkMembership>().IgnoreQueryFilters(["tenant"])
            .Where(m => m.NetworkId == federation.Id && m.UserId == referent).Select(m => m.ReferentOfOrganizationId).SingleAsync(cancellationToken);
        var learner = await db.Users.Where(u => u.NormalizedEmail == learnerEmail).Select(u => u.Id).SingleAsync(cancellationToken);
        var staff = await db.Set<Bottega.Identity.Domain.NetworkMembership>().IgnoreQueryFilters(["tenant"])
            .Where(m => m.NetworkId == federation.Id && m.OrganizationId == region && m.UserId != referent && m.UserId != learner
                && m.Status == Bottega.Identity.Domain.MembershipStatus.Active)
            .OrderBy(m => m.Id).Select(m => m.UserId).Take(40).ToListAsync(cancellationToken);
        var names = await db.Users.Where(u => staff.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => (u.GivenName + " " + u.FamilyName).Trim(), cancellationToken);
        var assignedAt = now.AddDays(-30);
        foreach (var (userId, index) in staff.Select((u, i) => (u, i)))
        {
            var enrolment = Enrolment.Create(course.Id, userId, federation.Id, region, EnrolmentSource.Referent, referent,
                DateOnly.FromDateTime(now.AddDays(30)), needsApproval: false, assignedAt);
            db.Add(enrolment);
            if (index < 12)
            {
                var completedAt = assignedAt.AddDays(2 + index);
                enrolment.Complete(completedAt);
                db.Add(HoursEntry.Create(userId, DateOnly.FromDateTime(completedAt), course.Hours, HoursSource.Course, enrolment.Id, course.Title, federation.Id, completedAt));
                db.Add(Certificate.Issue(Convert.ToHexString(Guid.NewGuid().ToByteArray()[..10]).ToLowerInvariant(), enrolment.Id, userId, course.Id,
                    names[userId], course.Title, federation.Name, course.Hours, "4.1 Conoscere l'identità digitale (Base)", completedAt, completedAt));
            }
            else if (index < 30)
            {
                enrolment.SetPercent(index % 2 == 0 ? 20 : 60);
            }
        }
    }

    private void AddIdentityCourseContent(Course course, Guid? videoFileId)
    {
        var basics = CourseModule.Create(course.Id, "SPID e CIE: l'identità digitale", 1);
        var services = CourseModule.Create(course.Id, "I servizi online dell'ente", 2);
        db.AddRange(basics, services);
        db.Add(LearningObject.Create(course.Id, basics.Id, LearningObjectKind.Page, "Che cos'è l'identità digitale", 1, true, 10, ObjectContent.Write(new PageContent
        {
            Markdown = """
                ## Un'unica identità per tutti i servizi pubblici

                Con **SPID** (Sistema pubblico di identità digitale) e la **CIE** (Carta d'identità elettronica) cittadini e
                imprese accedono ai servizi online di tutte le pubbliche amministrazioni con le stesse credenziali.

                - SPID ha tre livelli di sicurezza: il primo con nome utente e password, il secondo con un secondo fattore
                  (app o SMS), il terzo con un dispositivo come una smart card.
                - La CIE si usa con lo smartphone (NFC) o con un lettore, e con l'app CieID.
                - Il Codice dell'amministrazione digitale (art. 64) impone alle PA di consentire l'accesso ai servizi con SPID e CIE.
                """,
        })));
        db.Add(LearningObject.Create(course.Id, basics.Id, LearningObjectKind.Video, "Accedere a un servizio con SPID", 2, true, 5, ObjectContent.Write(new VideoContent
        {
            FileId = videoFileId,
            CompleteAtShare = 0.8,
            Transcript = "Il video mostra l'accesso a un servizio comunale: si sceglie *Entra con SPID*, il proprio gestore, si inseriscono le credenziali e si conferma con l'app.",
        })));
        db.Add(LearningObject.Create(course.Id, basics.Id, LearningObjectKind.Document, "Linee guida sull'identità digitale", 3, true, 15, ObjectContent.Write(new DocumentContent
        {
            Url = "https://www.agid.gov.it/it/piattaforme/spid",
            Notes = "Leggi la pagina di AgID su SPID: chi sono i gestori, come si ottiene, quali livelli esistono.",
        })));
        var quiz = LearningObject.Create(course.Id, services.Id, LearningObjectKind.Quiz, "Verifica finale", 1, true, 10, ObjectContent.Write(new QuizContent
        {
            PassingScore = 60,
            DrawCount = 5,
            MaxAttempts = 3,
            ShowFeedback = true,
            Instructions = "Cinque domande estratte a caso. Per superare la verifica serve almeno il 60%.",
        }));
        db.Add(quiz);
        AddQuizQuestions(quiz.Id);
        db.Add(LearningObject.Create(course.Id, services.Id, LearningObjectKind.ExternalLink, "Approfondimento: il Piano triennale per l'informatica", 2, false, 20,
            ObjectContent.Write(new LinkContent
            {
                Url = "https://www.agid.gov.it/it/agenzia/piano-triennale",
                Description = "Il Piano triennale per l'informatica nella PA, di AgID.",
            })));
    }

    private void AddQuizQuestions(Guid quizId)
    {
        static string Options(params (string Text, bool Correct)[] options) =>
            QuizOptions.Write(options.Select((o, i) => new QuizOption(((char)('a' + i)).ToString(), o.Text, o.Correct)));
        static string TrueFalse(bool answer) => QuizOptions.Write(QuizOptions.TrueFalse(answer));

        var questions = new[]
        {
            Question.ForQuiz(quizId, QuestionKind.SingleChoice, "Quanti livelli di sicurezza prevede SPID?",
                Options(("Uno", false), ("Due", false), ("Tre", true), ("Quattro", false)), "SPID ha tre livelli: password, secondo fattore, dispositivo.", 1, 1),
            Question.ForQuiz(quizId, QuestionKind.MultipleChoice, "Con quali strumenti un cittadino accede ai servizi online della PA?",
                Options(("SPID", true), ("CIE", true), ("Codice fiscale e data di nascita", false), ("CNS (Carta nazionale dei servizi)", true)),
                "SPID, CIE e CNS sono gli strumenti previsti dal Codice dell'amministrazione digitale.", 1, 2),
            Question.ForQuiz(quizId, QuestionKind.TrueFalse, "La CIE si può usare con uno smartphone dotato di NFC.",
                TrueFalse(true), "Con l'app CieID lo smartphone legge la carta via NFC.", 1, 3),
            Question.ForQuiz(quizId, QuestionKind.ShortAnswer, "Qual è la sigla del Codice dell'amministrazione digitale?",
                QuizOptions.Write([new QuizOption("a", "CAD", true)]), "Il d.lgs. 82/2005 è il CAD.", 1, 4),
            Question.ForQuiz(quizId, QuestionKind.SingleChoice, "Quale articolo del CAD riguarda l'accesso ai servizi con identità digitale?",
                Options(("Art. 3", false), ("Art. 64", true), ("Art. 97", false)), "L'art. 64 del CAD disciplina SPID e l'accesso ai servizi.", 1, 5),
            Question.ForQuiz(quizId, QuestionKind.TrueFalse, "Il livello 1 di SPID richiede sempre un codice temporaneo (OTP).",
                TrueFalse(false), "Il livello 1 usa solo nome utente e password; l'OTP arriva dal livello 2.", 1, 6),
            Question.ForQuiz(quizId, QuestionKind.SingleChoice, "Quale app pubblica permette di ricevere avvisi e pagare i servizi comunali?",
                Options(("IO", true), ("Immuni", false), ("CieID", false)), "App IO è il punto di accesso ai servizi pubblici da smartphone.", 1, 7),
        };
        db.AddRange(questions);
    }

    private void AddOverviewContent(Course course, Competence competence)
    {
        var module = CourseModule.Create(course.Id, "Introduzione", 1);
        db.Add(module);
        db.Add(LearningObject.Create(course.Id, module.Id, LearningObjectKind.Page, "Di che cosa parla il corso", 1, true, 10, ObjectContent.Write(new PageContent
        {
            Markdown = $"## {competence.Code} {competence.Name}\n\n{competence.Description}\n\nIl corso alterna brevi lezioni, esempi tratti dal lavoro degli enti locali ed esercizi.",
        })));
        db.Add(LearningObject.Create(course.Id, module.Id, LearningObjectKind.ExternalLink, "Il Syllabus delle competenze digitali", 2, true, 10, ObjectContent.Write(new LinkContent
        {
            Url = "https://www.competenzedigitali.gov.it",
            Description = "Il sito del progetto Competenze digitali per la PA del Dipartimento della funzione pubblica.",
        })));
    }

    private int AddNetworkCourses(Dictionary<string, Network> networks)
    {
        var offers = new (string Slug, string Title, string Summary, decimal Hours, CourseFormat Format, bool Approval)[]
        {
            (DemoAccounts.Rup, "Il nuovo codice dei contratti pubblici per il RUP", "Le novità del d.lgs. 36/2023 per il responsabile unico del progetto.", 8, CourseFormat.Live, true),
            (DemoAccounts.Rup, "Affidamenti diretti e procedure negoziate", "Soglie, rotazione e digitalizzazione degli affidamenti sotto soglia.", 4, CourseFormat.Blended, false),
            (DemoAccounts.Academy, "Il bilancio del piccolo comune", "Armonizzazione contabile e programmazione per i comuni sotto i 5.000 abitanti.", 6, CourseFormat.SelfPaced, false),
            (DemoAccounts.Anci, "Lavoro agile nella PA: organizzare per obiettivi", "Il corso in sei moduli del programma: accordi individuali, obiettivi, diritto alla disconnessione.", 6, CourseFormat.SelfPaced, false),
            (DemoAccounts.Provinces, "Modelli di gara per servizi e forniture", "Come usare e adattare i modelli condivisi dalla rete.", 3, CourseFormat.SelfPaced, false),
        };
        foreach (var offer in offers)
        {
            var network = networks[offer.Slug];
            var course = Course.Create(network.Id, offer.Title, now);
            course.Describe(offer.Title, offer.Summary, offer.Summary, offer.Hours, 2, "it", offer.Format, offer.Approval, 0, now);
            course.Publish(now.AddDays(-10));
            db.Add(course);
            db.Add(CourseOffering.Create(network.Id, course.Id, now));
            var module = CourseModule.Create(course.Id, "Introduzione", 1);
            db.Add(module);
            db.Add(LearningObject.Create(course.Id, module.Id, LearningObjectKind.Page, "Presentazione del corso", 1, true, 10,
                ObjectContent.Write(new PageContent { Markdown = offer.Summary })));
        }

        return offers.Length;
    }

    /// <summary>Whether the demo's courses are there already.</summary>
    public static Task<bool> ExistsAsync(BottegaMigrationsContext db, CancellationToken cancellationToken) =>
        db.Set<Course>().AnyAsync(cancellationToken);
}
