using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Bottega.Learning.Domain;

namespace Bottega.Learning.Features.Quizzes;

/// <summary>An option of a question; for a short answer, one accepted answer (always correct).</summary>
public sealed record QuizOption(string Id, string Text, bool Correct);

/// <summary>
/// The JSON shapes of <see cref="Question.Options"/> and of an attempt's answers, and the rules to mark an answer:
/// multiple choice is right only with the exact set; short answers compare trimmed, ignoring case and accents.
/// </summary>
public static class QuizOptions
{
    public const string True = "true";
    public const string False = "false";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<QuizOption> Read(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return [];
        }

        try
        {
            return JsonSerializer.Deserialize<List<QuizOption>>(json, Json) ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    public static string Write(IEnumerable<QuizOption> options) => JsonSerializer.Serialize(options, Json);

    /// <summary>The two options of a true/false question, the right one marked.</summary>
    public static IReadOnlyList<QuizOption> TrueFalse(bool answer) => [new(True, "Vero", answer), new(False, "Falso", !answer)];

    public static IReadOnlyDictionary<Guid, IReadOnlyList<string>> ReadAnswers(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return new Dictionary<Guid, IReadOnlyList<string>>();
        }

        try
        {
            var answers = JsonSerializer.Deserialize<Dictionary<Guid, List<string>>>(json, Json) ?? [];
            return answers.ToDictionary(a => a.Key, a => (IReadOnlyList<string>)a.Value);
        }
        catch (JsonException)
        {
            return new Dictionary<Guid, IReadOnlyList<string>>();
        }
    }

    public static string WriteAnswers(IReadOnlyDictionary<Guid, IReadOnlyList<string>> answers) => JsonSerializer.Serialize(answers, Json);

    public static IReadOnlyList<Guid> ReadIds(string? json)
    {
        try
        {
            return string.IsNullOrWhiteSpace(json) ? [] : JsonSerializer.Deserialize<List<Guid>>(json, Json) ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    public static string WriteIds(IEnumerable<Guid> ids) => JsonSerializer.Serialize(ids, Json);

    /// <summary>Whether the answer given (option ids, or the text typed for a short answer) is right.</summary>
    public static bool IsCorrect(QuestionKind kind, string optionsJson, IReadOnlyList<string>? answer)
    {
        var given = (answer ?? []).Where(a => !string.IsNullOrWhiteSpace(a)).ToList();
        if (given.Count == 0)
        {
            return false;
        }

        var options = Read(optionsJson);
        if (kind == QuestionKind.ShortAnswer)
        {
            var typed = NormalizeText(given[0]);
            return options.Any(o => NormalizeText(o.Text) == typed);
        }

        var correct = options.Where(o => o.Correct).Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        var chosen = given.ToHashSet(StringComparer.Ordinal);
        return kind == QuestionKind.MultipleChoice ? chosen.SetEquals(correct) : chosen.Count == 1 && correct.SetEquals(chosen);
    }

    /// <summary>Trimmed, lower case, without accents, inner spaces collapsed: "  Perché  Sì " and "perche si" match.</summary>
    public static string NormalizeText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Trim().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var lastWasSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                if (!lastWasSpace)
                {
                    builder.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            builder.Append(char.ToLowerInvariant(c));
            lastWasSpace = false;
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// The options in the order shown in one attempt: shuffled, but the same every time the attempt is shown, so a reload or
    /// a resume does not move the answers. True/false keeps its natural order.
    /// </summary>
    public static IReadOnlyList<QuizOption> Shuffled(QuestionKind kind, IReadOnlyList<QuizOption> options, Guid attemptId, Guid questionId)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (kind == QuestionKind.TrueFalse)
        {
            return options;
        }

        return options.OrderBy(o => SortKey(attemptId, questionId, o.Id)).ThenBy(o => o.Id, StringComparer.Ordinal).ToList();
    }

    private static long SortKey(Guid attemptId, Guid questionId, string optionId)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Concat(attemptId.ToString("N"), questionId.ToString("N"), optionId)));
        return BitConverter.ToInt64(hash, 0);
    }

    /// <summary>Picks <paramref name="count"/> items at random (all, shuffled, when null or larger than the list).</summary>
    public static List<T> Draw<T>(IReadOnlyList<T> items, int? count)
    {
        ArgumentNullException.ThrowIfNull(items);
        var copy = items.ToArray();
        RandomNumberGenerator.Shuffle(copy.AsSpan());
        return copy.Take(count is { } n && n > 0 ? Math.Min(n, copy.Length) : copy.Length).ToList();
    }
}
