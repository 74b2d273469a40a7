namespace Bottega.Learning.Domain;

public enum QuestionKind
{
    SingleChoice = 1,
    MultipleChoice = 2,
    TrueFalse = 3,
    ShortAnswer = 4,
}

/// <summary>
/// A question of a bank. A quiz draws from the bank of its course (or of a competence, for self-assessment).
/// Options and accepted short answers are JSON: they are read and written whole with the question.
/// </summary>
public sealed class Question
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    /// <summary>The quiz learning object whose bank it belongs to; null for a self-assessment question.</summary>
    public Guid? ObjectId { get; private set; }

    /// <summary>For self-assessment: the competence and the level it tests.</summary>
    public Guid? CompetenceId { get; private set; }

    public int? Level { get; private set; }

    public QuestionKind Kind { get; private set; }

    public string Text { get; private set; } = "";

    /// <summary>JSON array of options: [{"id":"a","text":"…","correct":true}]; for short answers the accepted answers.</summary>
    public string Options { get; private set; } = "[]";

    /// <summary>Shown after the answer is submitted.</summary>
    public string? Feedback { get; private set; }

    public int Points { get; private set; } = 1;

    public int Position { get; private set; }

    private Question()
    {
    }

    public static Question ForQuiz(Guid objectId, QuestionKind kind, string text, string options, string? feedback, int points, int position) => new()
    {
        ObjectId = objectId,
        Kind = kind,
        Text = text,
        Options = options,
        Feedback = feedback,
        Points = points,
        Position = position,
    };

    public static Question ForCompetence(Guid competenceId, int level, QuestionKind kind, string text, string options, string? feedback, int position) => new()
    {
        CompetenceId = competenceId,
        Level = level,
        Kind = kind,
        Text = text,
        Options = options,
        Feedback = feedback,
        Position = position,
    };

    public void Update(QuestionKind kind, string text, string options, string? feedback, int points)
    {
        Kind = kind;
        Text = text;
        Options = options;
        Feedback = feedback;
        Points = points;
    }
}

/// <summary>One try at a quiz: the questions drawn, the answers given, the score.</summary>
public sealed class QuizAttempt
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid ObjectId { get; private set; }

    public Guid EnrolmentId { get; private set; }

    public Guid UserId { get; private set; }

    public int Number { get; private set; }

    /// <summary>JSON array of the question ids drawn, in the order shown.</summary>
    public string QuestionIds { get; private set; } = "[]";

    /// <summary>JSON object question id → answer given.</summary>
    public string? Answers { get; private set; }

    public DateTime StartedAt { get; private set; }

    public DateTime? SubmittedAt { get; private set; }

    public int? Score { get; private set; }

    public bool Passed { get; private set; }

    private QuizAttempt()
    {
    }

    public static QuizAttempt Start(Guid objectId, Guid enrolmentId, Guid userId, int number, string questionIds, DateTime now) => new()
    {
        ObjectId = objectId,
        EnrolmentId = enrolmentId,
        UserId = userId,
        Number = number,
        QuestionIds = questionIds,
        StartedAt = now,
    };

    public bool IsSubmitted => SubmittedAt is not null;

    public void Submit(string answers, int score, bool passed, DateTime now)
    {
        Answers = answers;
        Score = score;
        Passed = passed;
        SubmittedAt = now;
    }
}
