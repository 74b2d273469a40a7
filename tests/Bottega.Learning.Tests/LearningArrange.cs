using Bottega.Learning.Domain;
using Bottega.Learning.Features.Quizzes;
using Bottega.Learning.Objects;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Learning.Tests;

/// <summary>A published course owned and offered by a network, with a page and a quiz of four questions (one per kind).</summary>
internal sealed record QuizCourse(Guid CourseId, Guid PageId, Guid QuizId, Guid Single, Guid Multiple, Guid TrueFalse, Guid Short);

internal static class LearningArrange
{
    public static async Task<Guid> CourseAsync(BottegaAppFactory factory, string ownerSlug, string title, params string[] alsoOfferedIn)
    {
        var owner = await factory.NetworkAsync(ownerSlug);
        await using var db = factory.Open();
        var now = TimeProvider.System.GetUtcNow().UtcDateTime.AddDays(-1);
        var course = Course.Create(owner.Id, title, now);
        course.Publish(now);
        db.Add(course);
        db.Add(CourseOffering.Create(owner.Id, course.Id, now));
        foreach (var slug in alsoOfferedIn)
        {
            db.Add(CourseOffering.Create((await factory.NetworkAsync(slug)).Id, course.Id, now));
        }

        await db.SaveChangesAsync();
        return course.Id;
    }

    public static async Task<QuizCourse> QuizCourseAsync(BottegaAppFactory factory, string ownerSlug, QuizContent settings, params string[] alsoOfferedIn)
    {
        var courseId = await CourseAsync(factory, ownerSlug, "Corso con quiz " + Guid.NewGuid().ToString("N")[..6], alsoOfferedIn);
        await using var db = factory.Open();
        var module = CourseModule.Create(courseId, "Modulo", 1);
        var page = LearningObject.Create(courseId, module.Id, LearningObjectKind.Page, "Pagina", 1, true, 5, ObjectContent.Write(new PageContent { Markdown = "Testo" }));
        var quiz = LearningObject.Create(courseId, module.Id, LearningObjectKind.Quiz, "Quiz finale", 2, true, 10, ObjectContent.Write(settings));
        db.Add(module);
        db.AddRange(page, quiz);
        var single = Question.ForQuiz(quiz.Id, QuestionKind.SingleChoice, "Che cos'è la PEC?",
            QuizOptions.Write([new("a", "Posta certificata", true), new("b", "Un social", false), new("c", "Un fax", false)]), "La PEC ha valore legale.", 1, 1);
        var multiple = Question.ForQuiz(quiz.Id, QuestionKind.MultipleChoice, "Quali sono identità digitali?",
            QuizOptions.Write([new("a", "SPID", true), new("b", "CIE", true), new("c", "IBAN", false)]), null, 1, 2);
        var trueFalse = Question.ForQuiz(quiz.Id, QuestionKind.TrueFalse, "pagoPA è la piattaforma dei pagamenti alla PA.",
            QuizOptions.Write(QuizOptions.TrueFalse(true)), null, 1, 3);
        var shortAnswer = Question.ForQuiz(quiz.Id, QuestionKind.ShortAnswer, "Che cosa si usa per pagare la PA?",
            QuizOptions.Write([new("1", "pagoPA", true), new("2", "Pago PA", true)]), null, 1, 4);
        db.AddRange(single, multiple, trueFalse, shortAnswer);
        await db.SaveChangesAsync();
        return new QuizCourse(courseId, page.Id, quiz.Id, single.Id, multiple.Id, trueFalse.Id, shortAnswer.Id);
    }

    public static async Task<Guid> EnrolAsync(BottegaAppFactory factory, Guid courseId, string email, string slug)
    {
        var userId = await factory.UserIdAsync(email);
        var network = await factory.NetworkAsync(slug);
        await using var db = factory.Open();
        var enrolment = Enrolment.Create(courseId, userId, network.Id, null, EnrolmentSource.Self, null, null, false, TimeProvider.System.GetUtcNow().UtcDateTime.AddHours(-1));
        db.Add(enrolment);
        await db.SaveChangesAsync();
        return enrolment.Id;
    }

    public static Task<List<QuizAttempt>> AttemptsAsync(BottegaAppFactory factory, Guid quizId) =>
        factory.QueryAsync(db => db.Set<QuizAttempt>().AsNoTracking().Where(a => a.ObjectId == quizId).OrderBy(a => a.Number).ToListAsync());
}
