using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Bottega.Identity.Tests.Accounts;

/// <summary>
/// A minimal SMTP server on 127.0.0.1 that accepts one message (RFC 5321 happy path, no TLS, no auth), so the
/// MailKit sender is tested against a real socket conversation rather than a mock.
/// </summary>
internal sealed class LoopbackSmtpServer : IDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly TaskCompletionSource<string> received = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public LoopbackSmtpServer()
    {
        listener.Start();
        _ = ServeAsync();
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    public Task<string> Message => received.Task;

    public List<string> Commands { get; } = [];

    private async Task ServeAsync()
    {
        try
        {
            using var client = await listener.AcceptTcpClientAsync();
            using var stream = client.GetStream();
            using var reader = new StreamReader(stream, Encoding.ASCII);
            await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
            await writer.WriteLineAsync("220 localhost test SMTP");
            while (await reader.ReadLineAsync() is { } line)
            {
                Commands.Add(line);
                var verb = line.Split(' ')[0].ToUpperInvariant();
                switch (verb)
                {
                    case "EHLO":
                        await writer.WriteLineAsync("250-localhost");
                        await writer.WriteLineAsync("250 8BITMIME");
                        break;
                    case "DATA":
                        await writer.WriteLineAsync("354 end with <CRLF>.<CRLF>");
                        var data = new StringBuilder();
                        while (await reader.ReadLineAsync() is { } dataLine && dataLine != ".")
                        {
                            data.AppendLine(dataLine);
                        }

                        await writer.WriteLineAsync("250 queued");
                        received.TrySetResult(data.ToString());
                        break;
                    case "QUIT":
                        await writer.WriteLineAsync("221 bye");
                        return;
                    default:
                        await writer.WriteLineAsync("250 OK");
                        break;
                }
            }
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException)
        {
            received.TrySetException(e);
        }
    }

    public void Dispose() => listener.Stop();
}
