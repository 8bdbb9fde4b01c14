import { describe, expect, test } from 'vitest';
import { commandDisplay, oneLineCommand, proseParts } from './command-text.ts';

describe('commandDisplay', () => {
  test('shows placeholders as <name> and records where they are', () => {
    expect(commandDisplay(['sudo dnf install {{package}}', 'rpm -q {{package}}'])).toEqual({
      text: 'sudo dnf install <package>\nrpm -q <package>',
      placeholders: [
        { name: 'package', start: 17, end: 26 },
        { name: 'package', start: 34, end: 43 },
      ],
    });
  });

  test('leaves lines without placeholders, and shell braces, alone', () => {
    expect(commandDisplay(['echo ${HOME} {a,b}'])).toEqual({ text: 'echo ${HOME} {a,b}', placeholders: [] });
  });
});

describe('proseParts', () => {
  test('splits out placeholders mentioned in prose', () => {
    expect(proseParts("Use 'dnf remove {{package}}' later.")).toEqual([
      { text: "Use 'dnf remove " },
      { placeholder: 'package' },
      { text: "' later." },
    ]);
    expect(proseParts('No placeholders.')).toEqual([{ text: 'No placeholders.' }]);
  });
});

describe('oneLineCommand', () => {
  test('joins separate commands with "; "', () => {
    expect(oneLineCommand(['. /etc/os-release', 'echo "$ID"'])).toEqual({ text: '. /etc/os-release; echo "$ID"', more: 0 });
  });
  test('keeps a single line as it is', () => {
    expect(oneLineCommand(['sudo dnf install -y epel-release'])).toEqual({ text: 'sudo dnf install -y epel-release', more: 0 });
  });
  test.each([
    [['sudo dnf install \\', '  -y nginx']],
    [['cat <<EOF', 'x', 'EOF']],
    [['if true; then', 'echo y', 'fi']],
    [['# enable it', 'systemctl enable x']],
  ])('shows the first line and counts the rest when lines do not stand alone: %j', (lines) => {
    expect(oneLineCommand(lines)).toEqual({ text: lines[0], more: lines.length - 1 });
  });
});
