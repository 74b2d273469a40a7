using Bottega.Learning.Domain;
using Bottega.Learning.Features.Quizzes;
using Xunit;

namespace Bottega.Learning.Tests.Quizzes;

public sealed class QuizOptionsTests
{
    private static readonly string Multiple = QuizOptions.Write([new("a", "SPID", true), new("b", "CIE", true), new("c", "IBAN", false)]);

    [Fact]
    public void Multiple_choice_is_right_only_with_the_exact_set()
    {
        Assert.True(QuizOptions.IsCorrect(QuestionKind.MultipleChoice, Multiple, ["b", "a"]));
        Assert.False(QuizOptions.IsCorrect(QuestionKind.MultipleChoice, Multiple, ["a"]));
        Assert.False(QuizOptions.IsCorrect(QuestionKind.MultipleChoice, Multiple, ["a", "b", "c"]));
        Assert.False(QuizOptions.IsCorrect(QuestionKind.MultipleChoice, Multiple, []));
    }

    [Fact]
    public void Single_choice_with_two_answers_is_wrong()
    {
        var single = QuizOptions.Write([new("a", "Sì", true), new("b", "No", false)]);
        Assert.True(QuizOptions.IsCorrect(QuestionKind.SingleChoice, single, ["a"]));
        Assert.False(QuizOptions.IsCorrect(QuestionKind.SingleChoice, single, ["a", "b"]));
    }

    [Theory]
    [InlineData("  perche  SI ", true)]
    [InlineData("Perché sì", true)]
    [InlineData("perche no", false)]
    public void Short_answers_ignore_case_accents_and_spaces(string typed, bool right)
    {
        var accepted = QuizOptions.Write([new("1", "Perché sì", true)]);
        Assert.Equal(right, QuizOptions.IsCorrect(QuestionKind.ShortAnswer, accepted, [typed]));
    }

    [Fact]
    public void Shuffle_is_stable_for_an_attempt_and_varies_between_attempts()
    {
        var options = Enumerable.Range(0, 6).Select(i => new QuizOption(((char)('a' + i)).ToString(), "x", i == 0)).ToList();
        var question = Guid.NewGuid();
        var attempt = Guid.NewGuid();
        var first = QuizOptions.Shuffled(QuestionKind.SingleChoice, options, attempt, question).Select(o => o.Id).ToList();
        Assert.Equal(first, QuizOptions.Shuffled(QuestionKind.SingleChoice, options, attempt, question).Select(o => o.Id));
        Assert.Equal(options.Select(o => o.Id).Order(), first.Order());
        var orders = Enumerable.Range(0, 20).Select(_ => string.Concat(QuizOptions.Shuffled(QuestionKind.SingleChoice, options, Guid.NewGuid(), question).Select(o => o.Id)))
            .ToHashSet();
        Assert.True(orders.Count > 1);
    }

    [Fact]
    public void Draw_takes_the_count_asked_or_all()
    {
        var items = Enumerable.Range(0, 10).ToList();
        Assert.Equal(3, QuizOptions.Draw(items, 3).Distinct().Count());
        Assert.Equal(items, QuizOptions.Draw(items, null).Order());
        Assert.Equal(10, QuizOptions.Draw(items, 50).Count);
    }
}
