import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../gql';

const RequestCode = graphql(`
  mutation RequestLoginCode($input: RequestLoginCodeInput!) {
    requestLoginCode(input: $input) { message userErrors { field code message } }
  }
`);

const SignInMutation = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) { user { id role } userErrors { field code message } }
  }
`);

/** `message`: why the person is here (e.g. "You were signed out" when their session ended elsewhere). */
export function SignIn({ onSignedIn, message }: { onSignedIn: () => void; message?: string | null }) {
  const [step, setStep] = useState<'username' | 'code'>('username');
  const [username, setUsername] = useState('');
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [requested, request] = useMutation(RequestCode);
  const [signingIn, signIn] = useMutation(SignInMutation);
  const codeInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (step === 'code') codeInput.current?.focus();
  }, [step]);

  async function askForCode(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const result = await request({ input: { username: username.trim() } });
    const payload = result.data?.requestLoginCode;
    if (result.error) setError('The server cannot be reached. Try again in a moment.');
    else if (payload?.userErrors.length) setError(payload.userErrors.map((e) => e.message).join(' '));
    else {
      setNotice(payload?.message ?? 'If the username exists, a code is on its way to its e-mail address.');
      setStep('code');
    }
  }

  async function submitCode(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const result = await signIn({ input: { username: username.trim(), code: code.trim() } });
    const payload = result.data?.signIn;
    if (result.error) setError('The server cannot be reached. Try again in a moment.');
    else if (payload?.userErrors.length) setError(payload.userErrors.map((e) => e.message).join(' '));
    else if (payload?.user) onSignedIn();
  }

  return (
    <main className="signin" id="main">
      <div className="signin-card">
        <div className="brand brand-large"><span className="brand-mark" aria-hidden="true">✦</span> Client portal</div>
        {step === 'username' ? (
          <form onSubmit={askForCode} noValidate>
            <h1>Sign in</h1>
            {message && <p className="signin-message" role="alert" data-testid="signin-message">{message}</p>}
            <p className="muted">We e-mail you a 6-digit code. No password needed.</p>
            <label htmlFor="username">Username</label>
            <input id="username" name="username" autoComplete="username" autoCapitalize="none" spellCheck={false}
              value={username} onChange={(event) => setUsername(event.target.value)} required autoFocus />
            {error && <p className="form-error" role="alert">{error}</p>}
            <button className="button primary wide" type="submit" disabled={!username.trim() || requested.fetching}>
              {requested.fetching ? 'Sending…' : 'E-mail me a code'}
            </button>
          </form>
        ) : (
          <form onSubmit={submitCode} noValidate>
            <h1>Enter your code</h1>
            {notice && <p className="muted" role="status">{notice}</p>}
            <label htmlFor="code">6-digit code</label>
            <input id="code" name="code" ref={codeInput} inputMode="numeric" autoComplete="one-time-code"
              pattern="[0-9 ]*" maxLength={8} value={code} onChange={(event) => setCode(event.target.value)} required />
            {error && <p className="form-error" role="alert">{error}</p>}
            <button className="button primary wide" type="submit" disabled={code.replace(/\D/g, '').length !== 6 || signingIn.fetching}>
              {signingIn.fetching ? 'Signing in…' : 'Sign in'}
            </button>
            <button className="button link" type="button" onClick={() => { setStep('username'); setCode(''); setError(null); }}>
              Use another username or send a new code
            </button>
          </form>
        )}
      </div>
    </main>
  );
}
