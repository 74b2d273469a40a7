using Bottega.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddBottega();

var app = builder.Build();
if (await HostCommands.TryRunAsync(app, args))
{
    return;
}

app.UseBottega();
await app.PrepareAsync();
await app.RunAsync();

/// <summary>Entry point; public for the test host.</summary>
public partial class Program;
