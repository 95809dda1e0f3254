import { z } from 'zod';

/**
 * Plain-language validation messages for the whole product (server answers and web forms alike),
 * in place of zod's technical defaults such as "Too small: expected number to be >=1".
 */
z.config({
  customError: (issue) => {
    switch (issue.code) {
      case 'invalid_type':
        return issue.input === undefined || issue.input === null ? 'Required' : `Must be a ${issue.expected}`;
      case 'too_small':
        if (issue.origin === 'string')
          return issue.minimum === 1 ? 'Required' : `At least ${issue.minimum} characters`;
        if (issue.origin === 'array') return `At least ${issue.minimum} items`;
        return `Must be at least ${issue.minimum}`;
      case 'too_big':
        if (issue.origin === 'string') return `At most ${issue.maximum} characters`;
        if (issue.origin === 'array') return `At most ${issue.maximum} items`;
        return `Must be at most ${issue.maximum}`;
      case 'invalid_union':
        // A missing value fails every option of a union: say it is missing, not "Invalid input".
        return issue.input === undefined || issue.input === null ? 'Required' : undefined;
      case 'invalid_value':
        return `Must be one of: ${issue.values.map(String).join(', ')}`;
      default:
        return undefined;
    }
  },
});
