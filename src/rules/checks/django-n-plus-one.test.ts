import { describe, expect, it } from 'vitest';
import { findingsOf } from './django-check-testing.js';

const RULE = 'django/n-plus-one-query';
const code = (...lines: string[]) => `${lines.join('\n')}\n`;

const models = {
  'core/__init__.py': '',
  'core/models.py': code(
    'from django.db import models',
    'class Owned(models.Model):',
    '    owner = models.ForeignKey("accounts.User", on_delete=models.CASCADE, related_name="%(class)s_items")',
    '    class Meta:',
    '        abstract = True',
  ),
  'accounts/__init__.py': '',
  'accounts/models.py': code('from django.db import models', 'class User(models.Model):', '    name = models.CharField(max_length=50)'),
  'shop/__init__.py': '',
  'shop/models.py': code(
    'from django.db import models',
    'from core.models import Owned',
    'class Place(Owned):',
    '    city = models.ForeignKey("shop.City", on_delete=models.PROTECT)',
    'class City(models.Model):',
    '    name = models.CharField(max_length=50)',
    'class Restaurant(Place):',
    '    menu = models.TextField()',
  ),
};

describe('django/n-plus-one-query', () => {
  it('knows relations inherited from abstract and concrete parents, and reverse accessors named with %(class)s', async () => {
    const { at } = await findingsOf(RULE, {
      ...models,
      'shop/views.py': code(
        'from accounts.models import User',
        'from shop.models import Restaurant as Eatery',
        'def listing(request):',
        '    for place in Eatery.objects.all():',
        '        print(place.owner.name, place.city.name, place.menu, place.owner_id)',
        '    for user in User.objects.all():',
        // `owner` is declared once, on the concrete Place: there is no `restaurant_items` accessor.
        '        print(user.place_items.count(), user.restaurant_items.all())',
        '    return None',
      ),
    });
    // `place.owner` and `place.city` on line 5: one finding per relation.
    expect(at).toEqual(['shop/views.py:5', 'shop/views.py:5', 'shop/views.py:7']);
  });

  it('stays quiet on computed lookups, values() rows and loops over plain lists', async () => {
    const { at } = await findingsOf(RULE, {
      ...models,
      'shop/views.py': code(
        'from shop.models import Place',
        'def listing(request, related):',
        '    for place in Place.objects.select_related(*related):',
        '        print(place.owner.name)',
        '    for row in Place.objects.values("owner__name"):',
        '        print(row.owner)',
        '    places = [Place(), Place()]',
        '    for place in places:',
        '        print(place.owner.name)',
        '    return None',
      ),
    });
    expect(at).toEqual([]);
  });
});
